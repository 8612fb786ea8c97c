import { fakeTagger, nameMentions } from './fake-tagger';

describe('portfolios cut from posts and bodies', () => {
  it('drops the portfolio of a post, of a listed department and of a committee, whatever the tagger typed it', () => {
    const text =
      'The Secretary of the Interior will visit the dam. Officials of the Departments of Energy, Commerce, and ' +
      'Transportation met the Deputy Minister for Tourism. Ms. Alvarez sits on the Committee on Veterans Affairs and Labor.';
    const names = nameMentions(
      text,
      fakeTagger(text, [
        ['Interior', 'ORG', 0.8],
        ['Commerce', 'LOC', 0.7],
        ['Transportation', 'ORG', 0.7],
        ['Tourism', 'LOC', 0.6],
        ['Alvarez', 'PER', 0.9],
        ['Labor', 'PER', 0.6],
      ]),
    );
    for (const word of ['Interior', 'Commerce', 'Transportation', 'Tourism', 'Labor'])
      expect(names.some((n) => n.startsWith(`${word}/`))).toBe(false);
    expect(names).toContain('Alvarez/Person');
  });

  it('keeps a portfolio word that no post or body opens', () => {
    const text = 'Labor won the state election in Perth, and Labor leaders promised new rail lines.';
    const names = nameMentions(
      text,
      fakeTagger(text, [
        ['Labor', 'ORG', 0.9],
        ['Perth', 'LOC', 0.9],
      ]),
    );
    expect(names).toContain('Labor/Organization');
  });
});

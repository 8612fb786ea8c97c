import { extractText, fakeTagger } from '../3-entities/fake-tagger';

/** Each entity as "Type: name mention, name mention". */
const entities = (text: string, spans: Parameters<typeof fakeTagger>[1]): string[] =>
  extractText(text, fakeTagger(text, spans))
    .entities.filter((e) => e.mentions.some((m) => m.kind === 'name'))
    .map(
      (e) =>
        `${e.type}: ${e.mentions
          .filter((m) => m.kind === 'name')
          .map((m) => m.text)
          .join(', ')}`,
    );

describe('mergeCrossTypeShortNames', () => {
  it('folds a surname the tagger typed an organisation into the one person of the article who bears it', () => {
    const text = 'The committee heard Agnieszka Nowicka on Monday. Later Nowicka answered questions.';
    expect(
      entities(text, [
        ['Agnieszka Nowicka', 'PER', 0.9],
        ['Nowicka', 'ORG', 0.6, 1],
      ]),
    ).toEqual(['Person: Agnieszka Nowicka, Nowicka']);
  });

  it('folds an institution\'s first word the tagger typed a place into the institution ("Bowdoin" of Bowdoin College)', () => {
    const text = 'She enrolled at Bowdoin College in 1990. Years later she taught at Bowdoin again.';
    expect(
      entities(text, [
        ['Bowdoin College', 'ORG', 0.9],
        ['Bowdoin', 'LOC', 0.6, 1],
      ]),
    ).toEqual(['Organization: Bowdoin College, Bowdoin']);
  });

  it('keeps a town the article writes as a place apart from the institution named after it', () => {
    const text = 'He enrolled at Brunwick Academy in Brunwick, Ontario. The town of Brunwick grew.';
    const found = entities(text, [
      ['Brunwick Academy', 'ORG', 0.9],
      ['Brunwick', 'LOC', 0.8, 1],
      ['Ontario', 'LOC', 0.9],
      ['Brunwick', 'LOC', 0.8, 2],
    ]);
    expect(found).toContain('Organization: Brunwick Academy');
    expect(found).toContain('Location: Brunwick, Brunwick');
  });

  it('keeps a word a lexicon knows as an organisation apart: the company Ford beside Henry Ford', () => {
    const text = 'Henry Ford spoke in Detroit. Ford shares fell.';
    expect(
      entities(text, [
        ['Henry Ford', 'PER', 0.9],
        ['Detroit', 'LOC', 0.9],
        ['Ford', 'ORG', 0.8, 1],
      ]),
    ).toEqual(['Person: Henry Ford', 'Location: Detroit', 'Organization: Ford']);
  });
});

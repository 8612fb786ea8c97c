import { extractText, fakeTagger, nameMentions } from './fake-tagger';

const seatTagger = (text: string, n: number) =>
  fakeTagger(
    text,
    Array.from({ length: n }, (_, i): [string, 'LOC', number, number] => ['White House', 'LOC', 0.9, i]),
  );

describe('a seat of government', () => {
  it('is the body when the article mostly talks of it as the government', () => {
    const text =
      'The White House said on Tuesday that the grants would reach tribal clinics. White House aides declined to ' +
      'name the clinics. The governors will meet at the White House in May.';
    const names = nameMentions(text, seatTagger(text, 3));
    expect(names.filter((n) => n.startsWith('White House/'))).toEqual([
      'White House/Organization',
      'White House/Organization',
      'White House/Organization',
    ]);
  });

  it('stays a place when the article mostly goes to it or is received at it', () => {
    const text =
      'The choir sang at the White House on Friday. Pupils from Dayton toured the White House, ' +
      'and the White House thanked them.';
    const names = nameMentions(text, seatTagger(text, 3));
    expect(names.filter((n) => n.startsWith('White House/')).every((n) => n === 'White House/Location')).toBe(true);
  });

  it('as the body takes neither "the House" nor an office inside it as its short forms', () => {
    const text =
      'The White House said the House would vote on Friday. The White House Office of Rural Prosperity agreed, ' +
      'and the White House urged senators to act.';
    const { entities } = extractText(
      text,
      fakeTagger(text, [
        ['White House', 'LOC', 0.9, 0],
        ['House', 'ORG', 0.9, 1],
        ['White House Office of Rural Prosperity', 'ORG', 0.9],
        ['White House', 'LOC', 0.9, 2],
      ]),
    );
    const seat = entities.find((e) => e.name === 'White House');
    expect(seat?.type).toBe('Organization');
    expect(seat?.mentions.map((m) => m.text)).toEqual(['White House', 'White House']);
    expect(entities.find((e) => e.name === 'House')?.type).toBe('Organization');
    expect(entities.find((e) => e.name === 'White House Office of Rural Prosperity')?.aliases).toEqual([]);
  });
});

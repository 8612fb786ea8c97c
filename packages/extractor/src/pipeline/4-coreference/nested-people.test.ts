import { extractText, fakeTagger } from '../3-entities/fake-tagger';

const nested = (text: string, spans: Parameters<typeof fakeTagger>[1]): string[] =>
  extractText(text, fakeTagger(text, spans)).entities.flatMap((e) =>
    e.mentions.filter((m) => m.kind === 'nested').map((m) => `${m.text}:${e.type}`),
  );

describe('findNestedPeople', () => {
  it("finds a person of the article named inside a place's or an organisation's name", () => {
    const text =
      'Grace Hopper taught there for years. Tourists now cross Grace Hopper Bridge to reach the Grace Hopper Institute of Computing.';
    expect(
      nested(text, [
        ['Grace Hopper', 'PER', 0.9],
        ['Grace Hopper Bridge', 'LOC', 0.9],
        ['Grace Hopper Institute of Computing', 'ORG', 0.9],
      ]),
    ).toEqual(['Grace Hopper:Person', 'Grace Hopper:Person']);
  });

  it('leaves a surname alone and a name no person of the article bears', () => {
    const text =
      'Henry Ford retired. The Ford Motor Company hired Ada Byron. The Lovelace Prize went to the Ada Lovelace School.';
    expect(
      nested(text, [
        ['Henry Ford', 'PER', 0.9],
        ['Ford Motor Company', 'ORG', 0.9],
        ['Ada Byron', 'PER', 0.9],
        ['Lovelace Prize', 'MISC', 0.9],
        ['Ada Lovelace School', 'ORG', 0.9],
      ]),
    ).toEqual([]);
  });
});

import { extractText, fakeTagger, namesInOrder } from './fake-tagger';

const named = namesInOrder;

describe('names stop where the name stops', () => {
  it('splits a person glued onto the university before them when the surname stands alone elsewhere', () => {
    const text = 'The board hired University of Texas Arlington Amneh Jafari on Monday. Jafari starts in May.';
    const tagger = fakeTagger(text, [
      ['University of Texas Arlington Amneh Jafari', 'ORG', 0.7],
      ['Jafari', 'ORG', 0.6, 1],
    ]);
    expect(named(text, tagger)).toEqual([
      'University of Texas Arlington:Organization',
      'Amneh Jafari:Person',
      'Jafari:Person',
    ]);
  });

  it("leaves an exchange or a society whole: ordinary words are no person's names", () => {
    const text = 'Trading on the New York Stock Exchange was calm. The Exchange said volume fell.';
    const tagger = fakeTagger(text, [
      ['New York Stock Exchange', 'ORG', 0.9],
      ['Exchange', 'ORG', 0.6],
    ]);
    expect(named(text, tagger)[0]).toBe('New York Stock Exchange:Organization');
  });

  it("takes the campus into a university's name and keeps it as a nested place", () => {
    const text = 'She is a lecturer at the University of Texas at Arlington.';
    const tagger = fakeTagger(text, [
      ['University of Texas', 'ORG', 0.9],
      ['Arlington', 'LOC', 0.9],
    ]);
    const entities = extractText(text, tagger).entities;
    expect(entities.map((e) => `${e.name}:${e.mentions.map((m) => m.kind).join(',')}`)).toEqual([
      'University of Texas at Arlington:name',
      'Texas:nested',
      'Arlington:nested',
    ]);
  });
});

import { extractText, fakeTagger } from '../3-entities/fake-tagger';

/** Each entity's name mentions, as the text of each. */
const groups = (text: string, spans: Parameters<typeof fakeTagger>[1]): string[][] =>
  extractText(text, fakeTagger(text, spans)).entities.map((e) =>
    e.mentions.filter((m) => m.kind === 'name').map((m) => m.text),
  );

describe('mergeKnownAs', () => {
  it('folds a name given as "better known by her stage name" into the person, with its short forms', () => {
    const text =
      'Maria Kowalska (born 3 May 1961), better known by her stage name Mira Vale, sang in Krakow. Vale retired.';
    expect(
      groups(text, [
        ['Maria Kowalska', 'PER', 0.9],
        ['Mira Vale', 'PER', 0.9],
        ['Krakow', 'LOC', 0.9],
        ['Vale', 'PER', 0.9, 1],
      ]),
    ).toEqual([['Maria Kowalska', 'Mira Vale', 'Vale'], ['Krakow']]);
  });

  it('folds every name listed after "also known as", across a parenthesis and a person\'s "of" place', () => {
    const text = 'Anselm of Lucca (c. 1036 – 1086), also known as Brother Anselm and Anselm the Younger, was a bishop.';
    const people = groups(text, [
      ['Anselm', 'PER', 0.9],
      ['Brother Anselm', 'PER', 0.9],
      ['Anselm the Younger', 'PER', 0.9],
    ]).filter((g) => g.some((m) => m.startsWith('Anselm') || m.startsWith('Brother')));
    expect(people).toEqual([['Anselm', 'Brother Anselm', 'Anselm the Younger']]);
  });

  it('keeps two names apart when "known as" follows no name ("the area, known as Old Town")', () => {
    const text = 'Ravel Brandt bought land near the river, known as Old Harbour, in 1990.';
    expect(
      groups(text, [
        ['Ravel Brandt', 'PER', 0.9],
        ['Old Harbour', 'LOC', 0.9],
      ]),
    ).toEqual([['Ravel Brandt'], ['Old Harbour']]);
  });
});

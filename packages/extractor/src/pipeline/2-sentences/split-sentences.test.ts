import { normalise } from '../1-layout/normalise';
import { splitSentences } from './split-sentences';

const sentencesOf = (text: string): string[] =>
  splitSentences(normalise(text)).sentences.map((s) => text.slice(s.start, s.end));

describe('sentence ends after abbreviations', () => {
  it('keeps an initialism that closes a hyphened word inside its sentence', () => {
    const text = 'The ministers met at the EU-U.S. Trade Council in Oslo. They agreed on steel.';
    expect(sentencesOf(text)).toEqual([
      'The ministers met at the EU-U.S. Trade Council in Oslo.',
      'They agreed on steel.',
    ]);
  });

  it('keeps the "v." of a case name inside its sentence', () => {
    const text = 'The court overturned Brandt v. Ohio Mining Company last spring. Appeals followed.';
    expect(sentencesOf(text)).toEqual([
      'The court overturned Brandt v. Ohio Mining Company last spring.',
      'Appeals followed.',
    ]);
  });

  it('still ends a sentence at a full stop after an ordinary hyphened word', () => {
    const text = 'The plant runs a two-shift. Workers start at six.';
    expect(sentencesOf(text)).toEqual(['The plant runs a two-shift.', 'Workers start at six.']);
  });
});

describe('sentence ends that an abbreviation or markup hides', () => {
  it('ends a sentence at "D.C." when a pronoun follows', () => {
    const text = 'She worked as a clerk in Washington, D.C. She later moved to Denver.';
    expect(sentencesOf(text)).toEqual(['She worked as a clerk in Washington, D.C.', 'She later moved to Denver.']);
  });

  it('ends a sentence at "City, D.C." even when a surname opens the next one', () => {
    const text =
      'Earlier he taught history for six years at a public high school and a\n' +
      'private college in the far north-west quarter of the old city, Washington,\n' +
      'D.C. Marlow holds a degree from Tufts University.';
    expect(sentencesOf(text)).toEqual([
      'Earlier he taught history for six years at a public high school and a\n' +
        'private college in the far north-west quarter of the old city, Washington,\nD.C.',
      'Marlow holds a degree from Tufts University.',
    ]);
  });

  it('keeps "U.S." inside its sentence before a title or a name', () => {
    const text = 'On Monday, U.S. Secretary of Labor Dana Reyes visited Toledo. The U.S. Navy sent a ship.';
    expect(sentencesOf(text)).toEqual([
      'On Monday, U.S. Secretary of Labor Dana Reyes visited Toledo.',
      'The U.S. Navy sent a ship.',
    ]);
  });

  it('ends a sentence at "U.S." when a plain opener follows', () => {
    const text = 'The firm moved its plant back to the U.S. It hired 400 workers.';
    expect(sentencesOf(text)).toEqual(['The firm moved its plant back to the U.S.', 'It hired 400 workers.']);
  });

  it('ends a bold sentence at its closing emphasis', () => {
    const text = '**Nora Vance is from Bend, Oregon, and serves at the Office of Science.** She is a chemist.';
    expect(sentencesOf(text)).toEqual([
      '**Nora Vance is from Bend, Oregon, and serves at the Office of Science.**',
      'She is a chemist.',
    ]);
  });

  it('ends a sentence at an ellipsis followed by a capital', () => {
    const text = 'Prices kept rising through the winter … Officials in Lima blamed the drought.';
    expect(sentencesOf(text)).toEqual([
      'Prices kept rising through the winter …',
      'Officials in Lima blamed the drought.',
    ]);
  });

  it('keeps an ellipsis followed by a lower-case word inside its sentence', () => {
    const text = 'We will build … and we will win. Then we rest.';
    expect(sentencesOf(text)).toEqual(['We will build … and we will win.', 'Then we rest.']);
  });
});

describe('sentence ends after a company suffix', () => {
  it('ends a sentence at "Corp." before an opening quote', () => {
    const text = '"Rates will fall," said Ana Ruiz, an economist at Delmar Corp. "Nobody expects a rise."';
    expect(sentencesOf(text)).toEqual([
      '"Rates will fall," said Ana Ruiz, an economist at Delmar Corp.',
      '"Nobody expects a rise."',
    ]);
  });

  it('ends a sentence at "Inc." before a name that opens the next one', () => {
    const text = "So said Ana Ruiz of Delmar Securities Inc. Canada's bonds fell on the news.";
    expect(sentencesOf(text)).toEqual([
      'So said Ana Ruiz of Delmar Securities Inc.',
      "Canada's bonds fell on the news.",
    ]);
  });

  it('keeps a title after "Corp." in its sentence', () => {
    const text = 'Delmar Corp. Chairman Ana Ruiz said rates would fall.';
    expect(sentencesOf(text)).toEqual(['Delmar Corp. Chairman Ana Ruiz said rates would fall.']);
  });

  it('ends a sentence at a lone letter when a plain opener follows', () => {
    const text = 'They have no plan B. There is no time left.';
    expect(sentencesOf(text)).toEqual(['They have no plan B.', 'There is no time left.']);
  });
});

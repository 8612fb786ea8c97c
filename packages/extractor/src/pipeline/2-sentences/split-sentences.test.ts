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

import { normalise } from '../1-layout/normalise';
import { splitSentences } from '../2-sentences/split-sentences';
import type { Candidate } from '../types';
import { cutAtSentenceEnds } from './sentence-crossing';

const docOf = (text: string) => splitSentences(normalise(text));

/** A candidate over the first occurrence of `span` in `text`. */
function candidate(text: string, span: string, type: Candidate['type'] = 'Person'): Candidate {
  const start = text.indexOf(span);
  return { start, end: start + span.length, type, mention: 'name', priority: 26, source: 'ner' };
}

const textsOf = (text: string, candidates: Candidate[]): string[] =>
  cutAtSentenceEnds(docOf(text), candidates).map((c) => text.slice(c.start, c.end));

describe('names that run across a sentence end', () => {
  it('keeps the name in the later sentence', () => {
    const text = 'Ruiz worked in Washington, D.C. Okafor said she was a fine lawyer.';
    expect(textsOf(text, [candidate(text, 'D.C. Okafor')])).toEqual(['Okafor']);
  });

  it('drops a span whose later part is an ordinary opening word', () => {
    const text = 'Ruiz worked in Washington, D.C. She later moved to Reno.';
    expect(textsOf(text, [candidate(text, 'D.C. She', 'Organization')])).toEqual([]);
  });

  it('leaves a name inside one sentence as it is, with its given name', () => {
    const text = 'Ruiz worked in Washington, D.C., and in Reno.';
    const place = { ...candidate(text, 'Washington, D.C.', 'Location'), name: 'Washington, D.C.' };
    expect(cutAtSentenceEnds(docOf(text), [place])).toEqual([place]);
  });
});

describe('names that run across a sentence end, kept before it', () => {
  it('keeps the place before the end when only an opening word follows', () => {
    const text = 'Ruiz worked in Washington, D.C. Since May she has led the panel.';
    expect(textsOf(text, [candidate(text, 'D.C. Since', 'Location')])).toEqual(['D.C.']);
  });

  it('never makes a person of an initialism before the end', () => {
    const text = 'Ruiz worked in Washington, D.C. He later moved to Reno.';
    expect(textsOf(text, [candidate(text, 'D.C. He')])).toEqual([]);
  });
});

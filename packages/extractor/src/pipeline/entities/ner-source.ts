import type { Candidate, Doc } from '../types';

/** A span from a statistical tagger (CoNLL types). */
export interface TaggedSpan {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  confidence: number;
}

/** Anything that tags a whole document with CoNLL spans; the NER package's model fits it. */
export interface SpanTagger {
  tagDocument(text: string): TaggedSpan[];
}

let tagger: SpanTagger | undefined;

/** Plugs a trained tagger in as one more candidate source; its spans then outrank the lexicon guesses. */
export function useTagger(next: SpanTagger | undefined): void {
  tagger = next;
}

const TYPE = { PER: 'Person', ORG: 'Organization', LOC: 'Location' } as const;

/** Candidate source: the trained tagger's PER/ORG/LOC spans, when one is plugged in. */
export function nerCandidates(doc: Doc): Candidate[] {
  if (!tagger) return [];
  const out: Candidate[] = [];
  for (const span of tagger.tagDocument(doc.text)) {
    if (span.type === 'MISC') continue;
    out.push({ start: span.start, end: span.end, type: TYPE[span.type], mention: 'name', priority: 21, source: 'ner' });
  }
  return out;
}

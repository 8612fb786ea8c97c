import { NewsgraphError } from '@newsgraph/schema';
import { lookupCountry } from '../../knowledge/countries';
import { isCommonWord } from '../../knowledge/lexicon';
import { NAME_TITLES } from '../../knowledge/titles';
import { loadNerModel } from '../../ner';
import type { Candidate, Doc } from '../types';

/** A span from a statistical tagger (CoNLL types). */
export interface TaggedSpan {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  confidence: number;
}

/** Anything that tags a whole document with CoNLL spans; the bundled perceptron model fits it. */
export interface SpanTagger {
  tagDocument(text: string): TaggedSpan[];
}

// undefined: load the bundled model on first use; null: rules only.
let tagger: SpanTagger | null | undefined;

/** Replaces the bundled tagger (null turns it off), for tests and for comparing rules alone against rules + model. */
export function useTagger(next: SpanTagger | null | undefined): void {
  tagger = next;
}

function currentTagger(): SpanTagger | null {
  if (tagger === undefined) {
    try {
      tagger = loadNerModel();
    } catch (cause) {
      throw new NewsgraphError('INTERNAL', 'cannot load the bundled NER model', { cause });
    }
  }
  return tagger;
}

const TYPE = { PER: 'Person', ORG: 'Organization', LOC: 'Location' } as const;
const MIN_CONFIDENCE = 0.45;
const STOP = new Set(['Internet', 'Author', 'Posted', 'Read', 'International', 'Web', 'Online']);
const TITLE_WORDS = new Set([...NAME_TITLES.flatMap((t) => t.split(' ')), 'Executive', 'Vice', 'Deputy', 'Chief', 'Senior', 'Former', 'The', 'of']);

/** Candidate source: the trained tagger's PER/ORG/LOC spans; its boundaries outrank lexicon guesses, not cue words. */
export function nerCandidates(doc: Doc): Candidate[] {
  const active = currentTagger();
  if (!active) return [];
  const out: Candidate[] = [];
  for (const span of active.tagDocument(doc.text)) {
    if (span.type === 'MISC' || span.confidence < MIN_CONFIDENCE) continue;
    let end = span.end;
    // "Tang Dynasty." – a sentence's full stop is not part of the name; "Inc." and "D.C." keep theirs
    if (/[a-z]{3,}\.$/.test(doc.norm.slice(span.start, end))) end--;
    const text = doc.norm.slice(span.start, end);
    // a country's own name is better served by the country source, which knows its ISO code
    if (lookupCountry(text) || text.split(/\s+/).every((w) => TITLE_WORDS.has(w))) continue;
    // single ordinary words ("Thursday", "Internet", "According") are the tagger's typical false alarms
    if (!text.includes(' ') && (isCommonWord(text.toLowerCase()) || STOP.has(text))) continue;
    out.push({ start: span.start, end, type: TYPE[span.type], mention: 'name', priority: 21, source: 'ner' });
  }
  return out;
}

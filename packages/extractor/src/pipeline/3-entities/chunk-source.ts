import type { EntityType } from '@newsgraph/schema';
import { lookupCountry } from '../../knowledge/countries';
import { EVENT_CUES, ORG_CUES, PLACE_CUES, POLICY_CUES, STRONG_PLACE_CUES } from '../../knowledge/cues';
import { isFiller } from '../../knowledge/fillers';
import { collapseSpaces } from '../../text/name-text';
import { isCommonWord, isFirstName, isKnownOrganisation, isKnownPlace, lexiconTags } from '../../knowledge/lexicon';
import type { Candidate, Doc } from '../types';
import { findChunks, type Chunk } from './chunks';
import { typeFromContext } from './type-from-context';

const STOP_NAMES = new Set([
  'Read more',
  'Author',
  'Posted',
  'Internet',
  'Web',
  'God',
  'OK',
  'AI',
  'TV',
  'CEO',
  'GDP',
  'COVID',
  'COVID-19',
  'Sr',
  'Jr',
  'Sr.',
  'Jr.',
  'OBE',
  'CBE',
  'MBE',
  'KBE',
  'PhD',
  'MD',
]);

interface Typed {
  type: EntityType;
  kind?: string;
  priority: number;
}

function typeFromCues(words: string[]): Typed | undefined {
  const last = words[words.length - 1] ?? '';
  const ofAt = words.findIndex((w) => w === 'of' || w === 'for' || w === 'on');
  const head = ofAt > 0 ? (words[ofAt - 1] ?? '') : last;
  for (const w of ofAt > 0 ? [head, last] : [last]) {
    const org = ORG_CUES[w];
    if (org) return { type: 'Organization', kind: org, priority: 25 };
    // the tagger knows no policies or events (it calls "World Internet Conference" an ORG), so these cues outrank it
    if (POLICY_CUES.has(w)) return { type: 'Policy', priority: 27 };
    if (EVENT_CUES.has(w)) return { type: 'Event', priority: 27 };
    if (PLACE_CUES.has(w)) return { type: 'Location', priority: STRONG_PLACE_CUES.has(w) ? 27 : 25 };
  }
  if (words.some((w) => w === 'University' || w === 'Institute' || w === 'College'))
    return { type: 'Organization', kind: 'academic', priority: 25 };
  return undefined;
}

function typeFromLexicon(words: string[]): Typed | undefined {
  const lower = words.join(' ').toLowerCase();
  if (isKnownPlace(lower)) return { type: 'Location', priority: 20 };
  if (isKnownOrganisation(lower)) return { type: 'Organization', priority: 20 };
  const first = (words[0] ?? '').toLowerCase();
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    isFirstName(first) &&
    !words.some((w) => isKnownPlace(w.toLowerCase()))
  ) {
    return { type: 'Person', priority: 20 };
  }
  if (words.length === 2 && lexiconTags((words[1] ?? '').toLowerCase()).includes('LastName'))
    return { type: 'Person', priority: 15 };
  return undefined;
}

function classify(doc: Doc, chunk: Chunk, start: number, end: number): Typed | undefined {
  // an initial's stop is no word of the name
  const words = chunk.tokens.map((t) => t.text).filter((w) => w !== '.');
  if (chunk.title && words.length <= 3) return { type: 'Person', priority: 22 };
  const before = doc.norm.slice(Math.max(0, start - 40), start);
  const after = doc.norm.slice(end, end + 120);
  if (words.length >= 2) {
    const cue = typeFromCues(words);
    if (cue) return cue;
  }
  const strong = typeFromContext(before, after, words.length, true);
  if (strong) return { type: strong, priority: 23 };
  const lex = typeFromLexicon(words);
  if (lex) return lex;
  const ctx = typeFromContext(before, after, words.length);
  return ctx ? { type: ctx, priority: 18 } : undefined;
}

/** Candidate source: capitalised chunks typed by cue words, compromise's lexicon, then the words around them. */
export function chunkCandidates(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  for (const sentence of doc.sentences) {
    for (const chunk of findChunks(sentence)) {
      const first = chunk.tokens[0];
      const last = chunk.tokens[chunk.tokens.length - 1];
      if (!first || !last) continue;
      const text = collapseSpaces(doc.norm.slice(first.start, last.end));
      if (STOP_NAMES.has(text) || isFiller(text) || lookupCountry(text)) continue;
      if (chunk.tokens.length === 1 && chunk.sentenceInitial && isCommonWord(text.toLowerCase())) continue;
      const typed = classify(doc, chunk, first.start, last.end);
      if (!typed) continue;
      const cand: Candidate = {
        start: first.start,
        end: last.end,
        type: typed.type,
        mention: 'name',
        priority: typed.priority,
        source: 'chunk',
      };
      if (typed.kind) cand.kind = typed.kind;
      out.push(cand);
    }
  }
  return out;
}

import { isCommonWord, lexiconTags } from '../../knowledge/lexicon';
import { crossesRegion, regionAt, SILENT } from '../1-layout/regions';
import type { Candidate, Doc } from '../types';
import { MISC_SOURCE } from './ner-source';

// in a capitals headline, sources that know the name itself count ("JAPAN", "GATT"), capital letters do not
const CAPS_TRUSTED = new Set(['country', 'region', 'agency', 'principle', MISC_SOURCE]);
// a one-word chunk typed from the lexicon or a cue ("MILAN" a known place) is a lookup, not a capitalisation guess
const LEXICON_PRIORITY = 20;
const MAX_HEADLINE_NAME_WORDS = 5;

const VERB = new Set(['PresentTense', 'PastTense', 'Participle', 'Gerund', 'Modal', 'Copula', 'Infinitive']);
const FUNCTION = new Set(['Conjunction', 'Preposition', 'Determiner', 'Adverb']);

/** True for a headline's verb ("WARNS", "SAYS", "RAISES"), which no name contains. */
function isHeadlineVerb(word: string): boolean {
  const lower = word.toLowerCase();
  if (lexiconTags(lower).some((t) => VERB.has(t))) return true;
  // "RAISES", "CUTS": a plural whose stem is a verb
  const stem = /^(.+?)(?:es|s)$/.exec(lower)?.[1] ?? '';
  return (
    lexiconTags(lower).includes('Plural') &&
    [stem, lower.slice(0, -1)].some((w) => lexiconTags(w).includes('Infinitive'))
  );
}

/** True for a word no name ends with: a verb, or a function word ("TO", "ON"). */
function endsNoName(word: string): boolean {
  return isHeadlineVerb(word) || lexiconTags(word.toLowerCase()).some((t) => FUNCTION.has(t));
}

/**
 * In a capitals or title-case headline the tagger's span may run on into the verb ("GATT WARNS", "Rebels Seize Border
 * Town"): it is cut before its first verb and after its last name word, and dropped if only an ordinary word is left.
 */
function trimCapsSpan(doc: Doc, c: Candidate): Candidate | undefined {
  const words = [...doc.norm.slice(c.start, c.end).matchAll(/\S+/g)];
  // five capitalised headline words in a row are the headline, not a name
  if (words.length >= MAX_HEADLINE_NAME_WORDS) return undefined;
  let n = words.findIndex((w, i) => i > 0 && isHeadlineVerb(w[0]));
  if (n < 0) n = words.length;
  while (n > 1 && endsNoName(words[n - 1]?.[0] ?? '')) n--;
  const last = words[n - 1];
  if (!last) return undefined;
  if (n === words.length) return c;
  if (n === 1 && isCommonWord(last[0].toLowerCase())) return undefined;
  return { ...c, end: c.start + last.index + last[0].length };
}

function capsHeadlineCandidate(doc: Doc, c: Candidate): Candidate | undefined {
  if (CAPS_TRUSTED.has(c.source)) return c;
  if (c.source === 'ner') return trimCapsSpan(doc, c);
  if (c.source === 'chunk' && c.priority >= LEXICON_PRIORITY && !/\s/.test(doc.norm.slice(c.start, c.end))) return c;
  return undefined;
}

/**
 * Drops candidates that layout rules out: anything in a sign-off or byline ("Reuter"), anything glued across a
 * headline's or dateline's edge, and in a capitals headline every guess resting on capital letters alone.
 */
export function dropLayoutNoise(doc: Doc, all: Candidate[]): Candidate[] {
  if (doc.regions.length === 0) return all;
  const out: Candidate[] = [];
  for (const c of all) {
    if (crossesRegion(doc, c.start, c.end)) continue;
    const region = regionAt(doc, c.start);
    if (region && SILENT.has(region.kind)) continue;
    const kept = region?.capitalised ? capsHeadlineCandidate(doc, c) : c;
    if (kept) out.push(kept);
  }
  return out;
}

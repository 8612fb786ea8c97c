import { isCommonWord } from '../../knowledge/lexicon';
import { collapseSpaces } from '../../text/name-text';
import { regionAt } from '../1-layout/regions';
import type { Candidate, Doc, Region } from '../types';
import { CONFIDENT_PRIORITY } from './ner-source';

const NAMED = new Set<Candidate['type']>(['Person', 'Organization', 'Location', 'Country']);
// a company's legal suffix, which a headline drops ("LAKESHORE BANCORP" for "Lakeshore Bancorp Inc")
const LEGAL_SUFFIX = /(?:,?\s+(?:inc|incorporated|corp|corporation|co|cos|company|ltd|limited|plc|llc|ag|nv|sa))+$/;
const HEADLINE_WORD = /[\p{L}\p{N}][\p{L}\p{N}.&'’-]*/gu;
const MAX_NAME_WORDS = 6;

/** A name as a headline and a story both write it: lower case, without stops, commas or a legal suffix. */
function nameKey(text: string): string {
  const folded = collapseSpaces(text).toLowerCase().replace(/[.'’]/g, '');
  return folded.replace(LEGAL_SUFFIX, '').replace(/,/g, '').trim();
}

/** The story's name for each key: the first of the longest candidates outside any region, the tagger's sure ones first. */
function storyNames(doc: Doc, candidates: readonly Candidate[]): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  const rank = (c: Candidate): number => (c.priority >= CONFIDENT_PRIORITY ? 1000 : 0) + (c.end - c.start);
  for (const c of candidates) {
    if (c.mention !== 'name' || !NAMED.has(c.type) || regionAt(doc, c.start)) continue;
    const key = nameKey(doc.norm.slice(c.start, c.end));
    const known = out.get(key);
    if (key && (!known || rank(c) > rank(known))) out.set(key, c);
  }
  return out;
}

/** True when a one-word key is an ordinary word a headline may use as such ("RICE" over a Mr Rice). */
function ordinary(key: string): boolean {
  return !key.includes(' ') && isCommonWord(key);
}

/** The headline's runs of words that are a story name, longest first from left to right, as that name's candidates. */
function storyNamesIn(doc: Doc, headline: Region, story: ReadonlyMap<string, Candidate>): Candidate[] {
  // a word's closing stop ends the headline, an initialism's ("U.S.") is its own
  const words = [...doc.norm.slice(headline.start, headline.end).matchAll(HEADLINE_WORD)].map((m) => ({
    start: headline.start + m.index,
    end: headline.start + m.index + m[0].length - (/[^.]{2}\.$/.test(m[0]) ? 1 : 0),
  }));
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1; n--) {
      const start = words[i]?.start ?? 0;
      const end = words[i + n - 1]?.end ?? 0;
      const key = nameKey(doc.norm.slice(start, end));
      const same = story.get(key);
      if (!same || ordinary(key)) continue;
      out.push(joined(doc, { ...same, start, end }, same));
      i += n - 1;
      break;
    }
  }
  return out;
}

/** A headline span as the story's name: its type, canonical name, id, kind and scope. */
function joined(doc: Doc, span: Candidate, same: Candidate): Candidate {
  return { ...span, name: same.name ?? collapseSpaces(doc.norm.slice(same.start, same.end)) };
}

/** True for a span a source knows or the tagger is sure of. */
function sure(c: Candidate): boolean {
  return c.source !== 'ner' || c.priority >= CONFIDENT_PRIORITY;
}

/** True for a span the tagger is unsure of that does not open its headline, the place wire headlines put who acts. */
function unsureInside(c: Candidate, headline: Region): boolean {
  return c.source === 'ner' && c.priority < CONFIDENT_PRIORITY && c.start > headline.start;
}

/**
 * A name in a capitals headline that the story writes too ("LAKESHORE BANCORP" over "Lakeshore Bancorp Inc") is that
 * story name, with its type and canonical name, whatever span the sources gave it; a name the story never writes
 * stays only when a source knows it, the tagger is sure of it or it opens the headline, since capitals alone say
 * nothing.
 */
export function joinHeadlineNames(doc: Doc, candidates: Candidate[], misc: readonly Candidate[] = []): Candidate[] {
  const headlines = doc.regions.filter((r) => r.kind === 'headline' && r.capitalised);
  if (headlines.length === 0) return candidates;
  const story = storyNames(doc, candidates);
  // inside a title the tagger is sure of ("TOUR OF NETHERLANDS") a story name is no mention of its own
  const found = headlines
    .flatMap((h) => storyNamesIn(doc, h, story))
    .filter((f) => !misc.some((m) => m.start < f.end && f.start < m.end));
  const kept = candidates.filter((c) => {
    const headline = headlines.find((h) => h.start <= c.start && c.start < h.end);
    if (!headline) return true;
    if (found.some((f) => f.start <= c.start && c.end <= f.end)) return false;
    if (found.some((f) => f.start < c.end && c.start < f.end) && !sure(c)) return false;
    return c.mention !== 'name' || !NAMED.has(c.type) || !unsureInside(c, headline);
  });
  // a story name inside a longer span a source is sure of ("MEDIA" of "MEDIA INDONESIA") gives way to it
  const joins = found.filter((f) => !kept.some((c) => c.start < f.end && f.start < c.end));
  return joins.length === 0 ? kept : [...kept, ...joins].sort((a, b) => a.start - b.start);
}

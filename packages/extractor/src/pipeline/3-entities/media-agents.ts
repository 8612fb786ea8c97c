import { lookupCountry } from '../../knowledge/countries';
import { isCommonWord, isFirstName } from '../../knowledge/lexicon';
import { regionOfDemonym } from '../../knowledge/regional-demonyms';
import { flat } from '../../text/flat';
import type { Candidate, Doc } from '../types';
import { MISC_SOURCE } from './ner-source';

// what a news outlet does or has done to it: "Wikinews interviewed him", "told Wikinews", "a Wikinews reporter"
const AGENT_AFTER =
  /^(?:'s)? (?:interview(?:s|ed)|spoke (?:to|with)|talked (?:to|with)|contacted|caught up with|reporters?|correspondents?)\b/;
const AGENT_BEFORE = /\b(?:interviewed by|told|according to|spoke (?:to|with)|talked to|contacted by)\s$/;
// without the tagger's word that it is some name, only the surest of those: interviewing and employing reporters
const BARE_AGENT = /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}\p{N}]+)(?= (?:interview(?:s|ed)|reporters?|correspondents?)\b)/gu;
const BARE_OBJECT = /\binterviewed by (\p{Lu}[\p{L}\p{N}]+)(?![\p{L}\p{N}'’-])/gu;
const ONE_NAME = /^\p{Lu}[\p{L}\p{N}]+$/u;

const outlet = (start: number, end: number, source: string, priority: number): Candidate => ({
  start,
  end,
  type: 'Organization',
  mention: 'name',
  priority,
  source,
  kind: 'media',
});

/** One-word names no source gave that the article shows interviewing or employing reporters ("Wikinews interviews"). */
function bareOutlets(doc: Doc, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const re of [BARE_AGENT, BARE_OBJECT]) {
    for (const m of doc.norm.matchAll(re)) {
      const word = m[1] ?? '';
      const start = m.index + m[0].length - word.length;
      const end = start + word.length;
      const lower = word.toLowerCase();
      // "German reporters" are no outlet
      if (isCommonWord(lower) || isFirstName(lower) || lookupCountry(word) || regionOfDemonym(word)) continue;
      if ([...candidates, ...out].some((c) => c.start < end && start < c.end)) continue;
      out.push(outlet(start, end, 'chunk', 20));
    }
  }
  return out;
}

/**
 * A one-word name is a news outlet wherever the article shows it interviewing, being told or employing reporters
 * ("Wikinews interviews …", "told Wikinews", "a Wikinews reporter"), though the tagger read it as a title or a product
 * (MISC) or did not read it at all: an outlet is an organisation, and every occurrence of it is.
 */
export function mediaFromMisc(doc: Doc, candidates: Candidate[]): Candidate[] {
  const media = new Set<string>();
  for (const c of candidates) {
    if (c.source !== MISC_SOURCE) continue;
    const form = doc.norm.slice(c.start, c.end);
    if (!ONE_NAME.test(form) || media.has(form) || lookupCountry(form) || regionOfDemonym(form)) continue;
    const before = flat(doc.norm.slice(Math.max(0, c.start - 30), c.start));
    const after = flat(doc.norm.slice(c.end, c.end + 30));
    if (AGENT_AFTER.test(after) || AGENT_BEFORE.test(before)) media.add(form);
  }
  const retyped = candidates.map((c) =>
    c.source === MISC_SOURCE && media.has(doc.norm.slice(c.start, c.end)) ? outlet(c.start, c.end, 'ner', 21) : c,
  );
  return [...retyped, ...bareOutlets(doc, retyped)];
}

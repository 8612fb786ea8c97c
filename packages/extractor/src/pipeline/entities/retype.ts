import { isInnerRegion } from '../../knowledge/inner-regions';
import { isCommonWord, isFirstName, isKnownOrganisation, isKnownPlace } from '../../knowledge/lexicon';
import type { Candidate, Doc } from '../types';
import { readAsPlace } from './short-form-types';

// "James Capel, a broker", "analysts at Jardine Fleming": words around a name that only a firm fits
const FIRM_AFTER = /^,? (?:an?|the) (?:[a-z-]+ ){0,2}(?:broker|brokerage|broking house|bank|investment bank|merchant bank|firm|company|securities house|fund manager|consultancy|stockbroker|trading house)\b/;
const FIRM_BEFORE = /\b(?:analysts?|economists?|strategists?|dealers?|traders?|brokers?|managers?|partners?|directors?|executives?|researchers?) (?:at|with) $/i;

// "in God", "in Christ": believed in, not located in
const RELIGIOUS = new Set(['God', 'Christ', 'Jesus', 'Allah', 'Buddha']);
// "in March" is a time
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/i;

/** Lower-cased words of the article's multi-word person names, which a one-word "person" may shorten. */
function personWords(doc: Doc, candidates: Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of candidates) {
    if (c.type !== 'Person' || c.mention !== 'name') continue;
    const words = doc.norm.slice(c.start, c.end).split(' ');
    if (words.length > 1) for (const w of words) out.add(w.replace(/'s$/, '').toLowerCase());
  }
  return out;
}

function retyped(c: Candidate, type: Candidate['type'], kind?: string): Candidate {
  const out: Candidate = { start: c.start, end: c.end, type, mention: c.mention, priority: c.priority, source: c.source };
  if (kind) out.kind = kind;
  return out;
}

/**
 * Corrects a name's type from what the article and the lexicons know of it: a known company is a company
 * ("Google", "Twitter"), not a place; a one-word "person" that is a known place or region, or that the article
 * reads as one ("in Xinjiang"), is a place unless it shortens a person of the article; a "person" that only a firm
 * fits ("James Capel, a broker") is a firm.
 */
export function retypeNames(doc: Doc, candidates: Candidate[]): Candidate[] {
  const people = personWords(doc, candidates);
  const placeReading = new Map<string, boolean>();
  return candidates.map((c) => {
    if (c.mention !== 'name' || c.id) return c;
    const text = doc.norm.slice(c.start, c.end);
    const lower = text.toLowerCase();
    if ((c.type === 'Location' || c.type === 'Person') && isKnownOrganisation(lower) && !isKnownPlace(lower)) return retyped(c, 'Organization');
    if (c.type !== 'Person') return c;
    if (!text.includes(' ')) {
      if (people.has(lower.replace(/'s$/, '')) || isFirstName(lower) || isCommonWord(lower) || MONTH.test(text) || RELIGIOUS.has(text)) return c;
      if (isInnerRegion(text) || isKnownPlace(lower)) return retyped(c, 'Location');
      if (!placeReading.has(text)) placeReading.set(text, readAsPlace(doc, text));
      return placeReading.get(text) ? retyped(c, 'Location') : c;
    }
    const before = doc.norm.slice(Math.max(0, c.start - 40), c.start);
    const after = doc.norm.slice(c.end, c.end + 60);
    if (FIRM_AFTER.test(after) || FIRM_BEFORE.test(before)) return retyped(c, 'Organization', 'company');
    return c;
  });
}

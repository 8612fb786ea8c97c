import { lookupCountry } from '../../knowledge/countries';
import { isFirstName, isKnownOrganisation, isKnownPlace } from '../../knowledge/lexicon';
import { flat } from '../../text/flat';
import type { Candidate, Doc } from '../types';
import { followsPlaceAndComma } from './place-comma';

// a speaker turning to someone by name: "Go ahead, Michael", "Yes, Nancy", "Thank you, Doug"
const ADDRESS_BEFORE =
  /(?:^|[\s"“])(?:[Gg]o ahead|Yes|Yeah|Thank you|Thanks|Okay|OK|Hi|Hey|Please|Sorry|Sure|Right),\s*$/;
// a name on its own as a sentence or closing one after a comma: "Nancy.", "I don't know, Kristen?"
const ALONE_BEFORE = /(?:^|[.?!:]["”]?\s+|,\s+|\n\s*)$/;
const ALONE_AFTER = /^[.?!]/;
// a name opening a sentence and turning to its bearer: "Doug, our Second Gentleman", "Joe, what are you doing"
const OPENING_ADDRESS_AFTER = /^,\s+(?:our|my|you|your|what|how|go|please|thank|I|we)\b/;
const OPENING_BEFORE = /(?:^|[.?!]["”]?\s+|\n\s*|["“])$/;
// a relative or companion named by a given name only: "her wife, Cherelle", "my brother Craig"
const KIN_BEFORE =
  /\b(?:my|our|his|her|their|your)\s+(?:wife|husband|son|daughter|brother|sister|mother|father|mom|dad|grandson|granddaughter|grandmother|grandfather|partner|niece|nephew|cousin|uncle|aunt),?\s+$/;

/** True when the one-word name is someone spoken to or of by a given name alone, as in transcripts and speeches. */
function addressedByGivenName(doc: Doc, c: Candidate): boolean {
  const before = doc.norm.slice(Math.max(0, c.start - 40), c.start);
  const after = flat(doc.norm.slice(c.end, c.end + 12));
  // a one-word name no lexicon knows as a given name may be all a historical person is called ("his brother Bonosus")
  if (!isFirstName(doc.norm.slice(c.start, c.end).toLowerCase())) return false;
  if (KIN_BEFORE.test(flat(before))) return true;
  if (ADDRESS_BEFORE.test(before)) return true;
  if (ALONE_BEFORE.test(before) && ALONE_AFTER.test(after)) return true;
  return OPENING_BEFORE.test(before) && OPENING_ADDRESS_AFTER.test(after);
}

/** Every word of the article's person names of more than one word, so a lone word can be matched to a full name. */
export function wordsOfFullNames(doc: Doc, candidates: readonly Candidate[]): Set<string> {
  const words = new Set<string>();
  for (const c of candidates) {
    if (c.type !== 'Person' || c.mention !== 'name') continue;
    const parts = flat(doc.norm.slice(c.start, c.end)).split(/\s+/);
    if (parts.length > 1) for (const w of parts) words.add(w);
  }
  return words;
}

/**
 * A given name alone that a speaker addresses ("Go ahead, Michael.", "Nancy.") or gives a relative by ("her wife,
 * Cherelle"), and that no full name of the article holds, names nobody an analyst could cite: it is dropped, whatever
 * type the tagger gave it. A word that is also a known place, body or country stays.
 */
export function dropLoneGivenNames(doc: Doc, candidates: Candidate[]): Candidate[] {
  const inFullNames = wordsOfFullNames(doc, candidates);
  return candidates.filter((c) => {
    if (c.mention !== 'name' || c.type === 'Country') return true;
    const text = doc.norm.slice(c.start, c.end);
    if (!/^\p{Lu}\p{Ll}+$/u.test(text) || inFullNames.has(text)) return true;
    const lower = text.toLowerCase();
    if (isKnownPlace(lower) || isKnownOrganisation(lower) || lookupCountry(text) !== undefined) return true;
    // "born in Exeter, Devon.": a place's region after its comma is no one spoken to
    if (c.type === 'Location' && followsPlaceAndComma(doc, c, candidates)) return true;
    return !addressedByGivenName(doc, c);
  });
}

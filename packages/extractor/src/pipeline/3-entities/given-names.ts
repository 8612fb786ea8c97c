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
// a name opening a sentence and turning to its bearer: "Doug, our Second Gentleman", "Joe, what are you doing", "Peter — "
const OPENING_ADDRESS_AFTER =
  /^(?:,\s+(?:our|my|you|your|what|how|go|please|thank|I|we|welcome|can|could|would|do|did)\b|\s+[—–-]{1,2}\s)/;
const OPENING_BEFORE = /(?:^|[.?!]["”]?\s+|\n\s*|["“])$/;
// a relative or companion named by a given name only: "her wife, Cherelle", "my brother Craig"
const KIN_BEFORE =
  /(?:\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Yy]our)|\p{Lu}\p{Ll}+['’]s)\s+(?:wife|husband|son|daughter|brother|sister|mother|father|mom|dad|grandson|granddaughter|grandmother|grandfather|partner|niece|nephew|cousin|uncle|aunt|parents|kids|children),?\s+(?:(?:and\s+)?\p{Lu}\p{Ll}+,?\s+)*(?:and\s+)?(?:(?:sister|brother|son|daughter),?\s+)?$/u;
// someone the text names by a given name only: "a nurse named Lauren", "Jill and I", "And, Rory, I know", "Peter — go on"
const NAMED_BEFORE =
  /\b(?:woman|man|girl|boy|kid|child|mother|father|mom|dad|veteran|nurse|teacher|worker|student|friend)\s+named\s+$/;
const FIRST_PERSON_AFTER = /^\s+and\s+(?:I|me|my)\b/;
const VOCATIVE_BEFORE = /(?:^|[\s"“])(?:And|So|But|Well|Look|Now|Again|Oh),\s*$|,\s+$/;
const VOCATIVE_AFTER = /^(?:,\s+(?:I|I['’]m|I['’]ll|we|you|your|that|as|and I|thank|thanks)\b|\s+[—–-]{1,2}\s)/;

/** True when the one-word name is someone spoken to or of by a given name alone, as in transcripts and speeches. */
function addressedByGivenName(doc: Doc, c: Candidate): boolean {
  const before = doc.norm.slice(Math.max(0, c.start - 40), c.start);
  const after = flat(doc.norm.slice(c.end, c.end + 12));
  // a one-word name no lexicon knows as a given name may be all a historical person is called ("his brother Bonosus")
  if (!isFirstName(doc.norm.slice(c.start, c.end).toLowerCase())) return false;
  if (KIN_BEFORE.test(flat(before)) || NAMED_BEFORE.test(flat(before)) || FIRST_PERSON_AFTER.test(after)) return true;
  if (VOCATIVE_BEFORE.test(before) && VOCATIVE_AFTER.test(after)) return true;
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
 * type the tagger gave it, with its other mentions ("Jill and I … Jill teaches"). A known place, body or country stays.
 */
export function dropLoneGivenNames(doc: Doc, candidates: Candidate[]): Candidate[] {
  const inFullNames = wordsOfFullNames(doc, candidates);
  const lone = (c: Candidate, text: string): boolean => {
    if (c.mention !== 'name' || c.type === 'Country') return false;
    if (!/^\p{Lu}\p{Ll}+$/u.test(text) || inFullNames.has(text)) return false;
    const lower = text.toLowerCase();
    if (isKnownPlace(lower) || isKnownOrganisation(lower) || lookupCountry(text) !== undefined) return false;
    // "born in Exeter, Devon.": a place's region after its comma is no one spoken to
    return !(c.type === 'Location' && followsPlaceAndComma(doc, c, candidates));
  };
  const addressed = new Set<string>();
  for (const c of candidates) {
    const text = doc.norm.slice(c.start, c.end);
    if (lone(c, text) && addressedByGivenName(doc, c)) addressed.add(text);
  }
  return candidates.filter((c) => {
    const text = doc.norm.slice(c.start, c.end);
    return !(addressed.has(text) && lone(c, text));
  });
}

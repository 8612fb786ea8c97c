import { ORG_CUES } from '../../knowledge/cues';
import { isKnownOrganisation } from '../../knowledge/lexicon';
import { flat } from '../../text/flat';
import type { Candidate, Doc } from '../types';
import { wordsOfFullNames } from './given-names';
import { CONFIDENT_PRIORITY } from './ner-source';
import { followsPlaceAndComma } from './place-comma';

// what closes a region's name: a stop, a bracket, the end of a line or a comma that no further name of a list follows
// ("Leeds, Hull, and York" is a list); never a word that goes on ("in Dunmore, Halloway wrote")
const CLOSED_AFTER = /^(?:[.;:)\]]|,(?!\s*(?:(?:and|or) )?\p{Lu})|[ \t]*(?:\n|$))/u;

/** True for a one- or two-word name with nothing of a body about it: no acronym, no head word, no known body. */
function plainName(text: string): boolean {
  const words = text.split(' ');
  if (words.length > 2 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false;
  return !words.some((w) => w in ORG_CUES) && !isKnownOrganisation(text.toLowerCase());
}

/**
 * A name the tagger typed as a person or an organisation without confidence, written right after a place and a comma
 * and closed there ("born in Exeter, Devon.", "Preston, Victoria, Australia"), is the region the place lies in: a
 * place. A word of a person of the article, a body's head word or acronym, or a list of names keeps its type.
 */
export function retypePlaceRegions(doc: Doc, candidates: Candidate[]): Candidate[] {
  const people = wordsOfFullNames(doc, candidates);
  const regions = new Set<Candidate>();
  for (const c of candidates) {
    if (c.mention !== 'name' || c.id || (c.type !== 'Person' && c.type !== 'Organization')) continue;
    if (c.source !== 'ner' || c.priority >= CONFIDENT_PRIORITY) continue;
    const text = flat(doc.norm.slice(c.start, c.end));
    if (!plainName(text) || text.split(' ').some((w) => people.has(w))) continue;
    if (CLOSED_AFTER.test(doc.norm.slice(c.end, c.end + 12)) && followsPlaceAndComma(doc, c, candidates))
      regions.add(c);
  }
  return regions.size === 0 ? candidates : candidates.map((c) => (regions.has(c) ? { ...c, type: 'Location' } : c));
}

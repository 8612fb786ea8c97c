import { isFirstName } from '../../knowledge/lexicon';
import { flat } from '../../text/flat';
import type { Candidate, Doc } from '../types';

const PLACES = new Set(['Location', 'Country']);
// a place, a comma and the name: "Exeter, Devon", "Preston, Victoria"
const COMMA_GAP = /^,[ \t]*$/;
// a list ahead of the place: "Leeds, Hull, York"; "Paris and Lyon, Marseille"
const LISTED_BEFORE = /(?:,|\band|\bor)\s*$/;
// where a place follows these, the sentence speaks of it as one: "born in Exeter, Devon"
const PLACE_PREPOSITION = /\b(?:in|at|of|from|near|to|outside|around|across)\s+$/;

/**
 * True when a place that no list leads up to stands right before `c`, a comma alone between them ("born in Exeter,
 * Devon"): where a name follows a town so, it names the region the town lies in. A given name does so only where a
 * preposition puts the town in the sentence, as "London, Jack." in a list of books is an author's name turned round.
 */
export function followsPlaceAndComma(doc: Doc, c: Candidate, candidates: readonly Candidate[]): boolean {
  const place = candidates.find(
    (p) =>
      p.end <= c.start && p.mention === 'name' && PLACES.has(p.type) && COMMA_GAP.test(doc.norm.slice(p.end, c.start)),
  );
  if (!place) return false;
  const before = flat(doc.norm.slice(Math.max(0, place.start - 12), place.start));
  if (LISTED_BEFORE.test(before)) return false;
  const name = doc.norm.slice(c.start, c.end);
  if (!isFirstName(name.replace(/[!?]$/, '').toLowerCase())) return true;
  // "Welcome to Milwaukee, Joe!": a given name called out is someone spoken to
  return PLACE_PREPOSITION.test(before) && !/^[!?]/.test(doc.norm.slice(c.end, c.end + 1)) && !/[!?]$/.test(name);
}

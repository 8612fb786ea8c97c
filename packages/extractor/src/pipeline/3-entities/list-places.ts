import { countryPostAfter } from '../../knowledge/country-posts';
import { ORG_CUES } from '../../knowledge/cues';
import { isFirstName, isKnownOrganisation } from '../../knowledge/lexicon';
import { LOOSE_NAME_TITLES, NAME_TITLES } from '../../knowledge/titles';
import type { Candidate, Doc } from '../types';

// what separates the items of a list: ", ", ", and ", " and "
const LIST_GAP = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$/;
const PLACES = new Set(['Location', 'Country']);
// "Senators Rubio, Scott": a title, singular or plural, marks people however many places are listed with them
const TITLE_WORDS = new Set(
  [...NAME_TITLES, ...LOOSE_NAME_TITLES].flatMap((t) => t.split(' ')).flatMap((w) => [w, `${w}s`]),
);

/** The word written just before a span, where a title stripped from a person's name stays ("Senators Rubio"). */
function wordBefore(doc: Doc, c: Candidate): string {
  return /(\S+)\s+$/.exec(doc.norm.slice(Math.max(0, c.start - 30), c.start))?.[1] ?? '';
}

/** Runs of candidates that the text lists one after another ("Fajardo, Guayama, Toa Baja, and Yauco"). */
function listRuns(doc: Doc, sorted: Candidate[]): Candidate[][] {
  const runs: Candidate[][] = [];
  let run: Candidate[] = [];
  for (const c of sorted) {
    const prev = run[run.length - 1];
    if (prev && prev.end <= c.start && LIST_GAP.test(doc.norm.slice(prev.end, c.start))) run.push(c);
    else {
      if (run.length > 0) runs.push(run);
      run = [c];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * A name with nothing of a body about it: no acronym ("EU", "NATO"), no body's head word, no body the lexicon knows;
 * among places the tagger's "organisation" is a town it did not know ("Scottsdale, Tempe, Peoria and Chandler").
 */
function isPlainName(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.some((w) => /^[\p{Lu}\d&.-]{2,}$/u.test(w) || w in ORG_CUES)) return false;
  return !isKnownOrganisation(text.toLowerCase());
}

/**
 * A "person" with no known first name, or an "organisation" with no sign of a body, inside a list of three or more names that are mostly places is a place too: the tagger reads "Toa Baja" and "Fajardo" in a list of Puerto Rico's municipalities as people.
 */
export function retypeListedPlaces(doc: Doc, candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const toPlace = new Set<Candidate>();
  for (const run of listRuns(doc, sorted)) {
    if (run.length < 3) continue;
    // "Jamieson Greer, United States Trade Representative": a country qualifying a post is no item of a list of places
    const posts = new Set(
      run.filter((c) => c.type === 'Country' && countryPostAfter(doc.norm.slice(c.end, c.end + 80))),
    );
    // a demonym is no place of the list ("American" among airlines), and a list of bodies is no list of places
    const places = run.filter((c) => PLACES.has(c.type) && c.mention === 'name' && !posts.has(c)).length;
    const people = run.filter((c) => c.type === 'Person').length;
    const bodies = run.filter((c) => c.type === 'Organization').length;
    if (places < 2 || places <= people) continue;
    const placesOnly = places > bodies;
    for (const [i, c] of run.entries()) {
      const next = run[i + 1];
      if (next && posts.has(next)) continue;
      const text = doc.norm.slice(c.start, c.end);
      const first = text.split(/\s+/)[0] ?? '';
      if (placesOnly && c.type === 'Organization' && c.mention === 'name' && !c.id && isPlainName(text)) {
        toPlace.add(c);
        continue;
      }
      if (
        c.type !== 'Person' ||
        c.mention !== 'name' ||
        c.id ||
        isFirstName(first.toLowerCase()) ||
        TITLE_WORDS.has(first) ||
        TITLE_WORDS.has(wordBefore(doc, c))
      )
        continue;
      if (/^[\p{Lu}]/u.test(first)) toPlace.add(c);
    }
  }
  return candidates.map((c) => (toPlace.has(c) ? { ...c, type: 'Location' } : c));
}

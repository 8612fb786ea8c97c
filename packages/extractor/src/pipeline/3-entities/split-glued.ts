import { lookupCountry } from '../../knowledge/countries';
import { ORG_CUES, PLACE_CUES } from '../../knowledge/cues';
import { isCommonWord, isFirstName, isKnownPlace, lexiconTags } from '../../knowledge/lexicon';
import type { Candidate, Doc } from '../types';

const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/** True when the words can end an organisation's name: a head word ("University"), a place or a country. */
function endsAName(words: string[]): boolean {
  const last = words[words.length - 1] ?? '';
  return (
    last in ORG_CUES || PLACE_CUES.has(last) || isKnownPlace(last.toLowerCase()) || lookupCountry(last) !== undefined
  );
}

/** True when the surname stands on its own somewhere else in the article ("Jafari is a lecturer"). */
function standsAlone(doc: Doc, surname: string, span: Candidate): boolean {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${surname}(?![\\p{L}\\p{N}])`, 'gu');
  for (let m = re.exec(doc.norm); m; m = re.exec(doc.norm)) {
    if (m.index >= span.start && m.index < span.end) continue;
    const after = doc.norm.slice(m.index + surname.length, m.index + surname.length + 2);
    if (!/^\s\p{Lu}/u.test(after)) return true;
  }
  return false;
}

/**
 * Splits a person glued onto the organisation before them ("University of Texas Arlington Amneh Jafari" → the
 * university and Amneh Jafari), when the organisation's words end as a name does and the person's surname is used
 * alone elsewhere in the article: names stop where the name stops.
 */
export function splitGluedPeople(doc: Doc, candidates: Candidate[]): Candidate[] {
  const surnames = new Set<string>();
  const split = candidates.flatMap((c) => {
    if (c.mention !== 'name' || c.type !== 'Organization' || c.id) return [c];
    const text = doc.norm.slice(c.start, c.end);
    const words = text.split(/\s+/);
    if (words.length < 4) return [c];
    const [given, surname] = words.slice(-2);
    if (!given || !surname || !NAME_WORD.test(given) || !NAME_WORD.test(surname)) return [c];
    if (given in ORG_CUES || surname in ORG_CUES || PLACE_CUES.has(surname) || !endsAName(words.slice(0, -2)))
      return [c];
    // "Stock Exchange", "Red Cross": ordinary words are no person's names
    const personLike = (w: string): boolean =>
      !isCommonWord(w.toLowerCase()) && (isFirstName(w.toLowerCase()) || lexiconTags(w.toLowerCase()).length === 0);
    if (!personLike(given) || !personLike(surname) || !standsAlone(doc, surname, c)) return [c];
    const personStart = c.start + text.lastIndexOf(given);
    const orgEnd = c.start + text.slice(0, text.lastIndexOf(given)).trimEnd().length;
    const org: Candidate = { ...c, end: orgEnd };
    const person: Candidate = {
      start: personStart,
      end: c.end,
      type: 'Person',
      mention: 'name',
      priority: c.priority,
      source: c.source,
    };
    surnames.add(surname);
    return [org, person];
  });
  if (surnames.size === 0) return candidates;
  // the surname used alone is that person too, whatever it was typed before the split
  return split.map((c) =>
    c.mention === 'name' && c.type !== 'Person' && surnames.has(doc.norm.slice(c.start, c.end))
      ? { ...c, type: 'Person' as const }
      : c,
  );
}

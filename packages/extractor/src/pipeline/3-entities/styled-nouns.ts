import { isFirstName, isKnownOrganisation, isKnownPlace } from '../../knowledge/lexicon';
import type { Candidate, Doc } from '../types';

// one-word names of institutions that prose also uses as plain nouns ("the House", "the Court")
const INSTITUTIONS = new Set([
  'House',
  'Senate',
  'Congress',
  'Capitol',
  'Pentagon',
  'Treasury',
  'State',
  'Union',
  'Crown',
]);

const PLACE_BEFORE = /\b(?:in|to|at|from|near|visit|visiting|visited)\s+$/;

/** How often each word stands alone in `text` (between characters that are neither letters nor hyphens), by its exact case. */
function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [word] of text.matchAll(/[\p{L}-]+/gu)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/**
 * A one-word "name" ("Alliance", "Participants", "Masters") that the article writes in lower case at least as often as
 * capitalised is a common noun capitalised for style or emphasis,
 * not the name of one thing; institutions' one-word names ("the House") and known names stay.
 */
export function dropStyledCommonNouns(doc: Doc, candidates: Candidate[]): Candidate[] {
  const verdicts = new Map<string, boolean>();
  let counts: Map<string, number> | undefined;
  // web addresses are written in lower case whatever they name ("[Cox](https://www.cox.com)")
  const prose = doc.norm.replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ');
  const styled = (word: string): boolean => {
    const known = verdicts.get(word);
    if (known !== undefined) return known;
    const lower = word.toLowerCase();
    let out = false;
    if (!isFirstName(lower) && !isKnownPlace(lower) && !isKnownOrganisation(lower) && !INSTITUTIONS.has(word)) {
      // one pass over the article for all its words, not two scans of it for each word asked about
      counts ??= wordCounts(prose);
      const lowerUses = counts.get(lower) ?? 0;
      const capitalised = counts.get(word) ?? 0;
      out = lowerUses > 0 && lowerUses >= capitalised;
    }
    verdicts.set(word, out);
    return out;
  };
  // "traveling to Boulder?": a place the text goes to, named without an article and ending the clause, is a name
  // whatever else it means ("to Call on", "in Healthcare.gov" go on)
  const placed = (c: Candidate): boolean =>
    PLACE_BEFORE.test(doc.norm.slice(Math.max(0, c.start - 12), c.start)) &&
    /^[?.!,](?:\s|$)/.test(doc.norm.slice(c.end, c.end + 2));
  return candidates.filter((c) => {
    if (c.mention !== 'name' || c.type === 'Country') return true;
    const text = doc.norm.slice(c.start, c.end);
    return !/^\p{Lu}\p{Ll}+$/u.test(text) || placed(c) || !styled(text);
  });
}

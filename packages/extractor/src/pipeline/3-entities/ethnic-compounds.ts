import { lookupCountry } from '../../knowledge/countries';
import { regionOfDemonym } from '../../knowledge/regional-demonyms';
import type { Candidate, Doc } from '../types';

// a word that makes an ethnic or national group of the demonym beside it ("Native Hawaiian", "Native American")
const GROUP_WORDS = new Set(['Native', 'Indigenous']);

const isDemonym = (word: string): boolean =>
  lookupCountry(word)?.kind === 'demonym' || regionOfDemonym(word) !== undefined;

/** True for a name that is only such a group ("Native Hawaiian", "Asian American"), which a tagger may take for a person. */
function isGroupName(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length === 2 && words.every((w) => isDemonym(w) || GROUP_WORDS.has(w)) && words.some(isDemonym);
}

/**
 * Two demonyms side by side name a group of people, not either place ("African American", "American Indian",
 * "Asian American"), and so does a demonym after "Native": none of them is a mention of the country or region, nor
 * a name of its own.
 */
export function dropEthnicCompounds(doc: Doc, candidates: Candidate[]): Candidate[] {
  const named = candidates.filter((c) => c.mention === 'name' && isGroupName(doc.norm.slice(c.start, c.end)));
  const demonyms = candidates.filter((c) => c.mention === 'demonym');
  if (demonyms.length === 0 && named.length === 0) return candidates;
  const joined = (a: Candidate, b: Candidate): boolean =>
    a.end < b.start && /^[ \t]$/.test(doc.norm.slice(a.end, b.start));
  const before = (c: Candidate): string =>
    /(\p{Lu}\p{Ll}+)[ \t]$/u.exec(doc.norm.slice(Math.max(0, c.start - 20), c.start))?.[1] ?? '';
  const grouped = new Set(
    demonyms.filter(
      (c) => demonyms.some((o) => o !== c && (joined(o, c) || joined(c, o))) || GROUP_WORDS.has(before(c)),
    ),
  );
  for (const c of named) grouped.add(c);
  return grouped.size === 0 ? candidates : candidates.filter((c) => !grouped.has(c));
}

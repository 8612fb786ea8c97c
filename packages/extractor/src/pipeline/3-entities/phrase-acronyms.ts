import type { Candidate, Doc } from '../types';

const ACRONYM = /^[A-Z][A-Z&]{1,7}$/;
// small words an acronym skips: "research, development, and demonstration" is RD&D
const SKIPPED = new Set(['and', 'or', 'of', 'the', 'for', 'to', 'in', 'on', 'a']);
const MAX_WORDS = 10;

/** The first letters of a phrase's words, without the small ones, as an acronym spells them. */
function initials(phrase: string): string {
  return phrase
    .split(/[\s,]+/)
    .filter((w) => w !== '' && !SKIPPED.has(w))
    .map((w) => w[0] ?? '')
    .join('');
}

/** True when the text spells the acronym out in lower-case words right before or after it. */
function definedByPhrase(norm: string, c: Candidate, acronym: string): boolean {
  const letters = acronym.replace(/&/g, '').toLowerCase();
  // "research, development, and demonstration (RD&D)"
  if (norm[c.start - 1] === '(' && norm[c.end] === ')') {
    const before = norm.slice(Math.max(0, c.start - 160), c.start - 1).trimEnd();
    const words = /(?<![\p{L}])([\p{Ll}][\p{Ll}\s,-]*)$/u.exec(before)?.[1]?.trim().split(/\s+/) ?? [];
    for (let n = 1; n <= Math.min(MAX_WORDS, words.length); n++)
      if (initials(words.slice(-n).join(' ')) === letters) return true;
  }
  // "IUU — or illegal, unreported, and unregulated — fishing"
  const after = /^\s*(?:-|\(|,)\s*(?:or|i\.e\.,?)?\s*([\p{Ll}][\p{Ll}\s,-]*)/u.exec(norm.slice(c.end, c.end + 160));
  const words = after?.[1]?.trim().split(/\s+/) ?? [];
  for (let n = 1; n <= Math.min(MAX_WORDS, words.length); n++)
    if (initials(words.slice(0, n).join(' ')) === letters) return true;
  return false;
}

/**
 * An acronym the text spells out in lower-case words abbreviates a phrase, not a name ("IUU — or illegal, unreported,
 * and unregulated — fishing", "research, development, and demonstration (RD&D)"): it is no entity.
 */
export function dropPhraseAcronyms(doc: Doc, candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => {
    if (c.mention !== 'name' || c.type === 'Person' || c.type === 'Country') return true;
    const text = doc.norm.slice(c.start, c.end);
    return !ACRONYM.test(text) || !definedByPhrase(doc.norm, c, text);
  });
}

import { formalGivenName } from '../../knowledge/nicknames';
import { NAME_TITLES } from '../../knowledge/titles';

// Honorifics and titles written before a name, lower-cased and without dots, longest first.
const TITLE_WORDS = [
  ...new Set([...NAME_TITLES, 'First Lady', 'Former President', 'Vice-President', 'Miss', 'Madam', 'Hon.', 'Rev.']),
]
  .map((t) => t.toLowerCase().replace(/\./g, '').split(' '))
  .sort((a, b) => b.length - a.length);

// Generational suffixes: they tell a father from a son only when both are in the news, which the id cannot know.
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v', 'junior', 'senior', 'esq']);

/** The words of a name as the id sees them: accents, case, dots and apostrophes dropped, hyphens joined. */
function wordsOf(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/(\p{L})[-‐‑'’](?=\p{L})/gu, '$1')
    .split(/[^a-z0-9.]+/)
    .map((w) => w.replace(/\./g, ''))
    .filter(Boolean);
}

// the department that ends a secretary's post, left before the name by a span cut after "Secretary of"
const DEPARTMENT_WORDS = new Set(['state', 'treasury', 'defense', 'commerce', 'energy', 'labor', 'interior']);

function dropLeadingTitles(words: string[]): string[] {
  let rest = words;
  // "State Antony Blinken" (from "Secretary of State Antony Blinken"): a given name and a surname must remain
  while (rest.length > 2 && DEPARTMENT_WORDS.has(rest[0] ?? '')) rest = rest.slice(1);
  for (let changed = true; changed && rest.length > 1;) {
    changed = false;
    for (const title of TITLE_WORDS) {
      if (title.length < rest.length && title.every((w, i) => rest[i] === w)) {
        rest = rest.slice(title.length);
        changed = true;
        break;
      }
    }
  }
  return rest;
}

/**
 * The tokens of a person's canonical id: titles, generational suffixes, initials (R., J.K.), accents and case
 * do not count, and a nickname counts as the formal given name, so "JOSEPH R. BIDEN JR.", "Joe Biden" and
 * "President Joseph Biden" all give ["joseph", "biden"]. Tokens never contain "-", so ids split back into them.
 */
export function personTokens(name: string): string[] {
  const raw = name.split(/\s+/).filter(Boolean);
  // initials are single letters, possibly run together with dots ("J.K."), told apart before dots are dropped
  const initials = new Set(
    raw
      .map((w) => w.toLowerCase())
      .filter((w) => /^(?:\p{L}\.)+$|^\p{L}$/u.test(w))
      .map((w) => w.replace(/\./g, '')),
  );
  let words = dropLeadingTitles(wordsOf(name));
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1] ?? '')) words = words.slice(0, -1);
  const kept = words.filter((w) => !initials.has(w));
  const tokens = kept.length > 0 ? kept : words;
  return tokens.map((w, i) => (i === 0 ? formalGivenName(w) : w));
}

/** The canonical id of a person's name, the same in every article that names them in any of these ways. */
export function personId(name: string): string | undefined {
  const tokens = personTokens(name);
  return tokens.length > 0 ? `person:${tokens.join('-')}` : undefined;
}

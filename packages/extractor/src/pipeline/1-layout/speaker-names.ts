import { honorificForms } from '@newsgraph/schema';
import { isFunctionWord } from '../../knowledge/lexicon';

// Words that precede a name as its title in running text ("Press Secretary Jen Psaki"); they end a given-name scan.
const TITLE_WORD = new Set([
  ...honorificForms(),
  'President',
  'Vice',
  'Prime',
  'Minister',
  'Secretary',
  'Press',
  'Deputy',
  'Principal',
  'National',
  'Security',
  'Advisor',
  'Adviser',
  'Coordinator',
  'Administrator',
  'Acting',
  'Chief',
  'Staff',
  'Communications',
  'Director',
  'Senior',
  'Counselor',
  'Surgeon',
  'General',
  'First',
  'Lady',
  'Second',
  'Gentleman',
  'Admiral',
  'Rear',
  'Governor',
  'Senator',
  'Sen.',
  'Representative',
  'Rep.',
  'Congressman',
  'Congresswoman',
  'Mayor',
  'Ambassador',
  'Chair',
  'Chairman',
  'Chairwoman',
  'Leader',
  'Speaker',
  'Commissioner',
  'Judge',
  'Justice',
  'Attorney',
  'King',
  'Queen',
  'Prince',
  'Princess',
  'Chancellor',
  'Premier',
  'Envoy',
  'Special',
  'Colonel',
  'Captain',
  'Lieutenant',
  'Sergeant',
  'Major',
  'Gen.',
  'Adm.',
  'Col.',
  'Lt.',
  'Capt.',
  'Sgt.',
  'Gov.',
  'Emir',
  'Sheikh',
  'Crown',
  'Professor',
  'Prof.',
  'Reverend',
  'Rev.',
  'Father',
  'Bishop',
  'Pope',
  'Officer',
  'Former',
  'The',
  'By',
  'And',
  'With',
  'Of',
  'On',
  'For',
  'To',
  'At',
  'In',
  'From',
  'As',
  'Remarks',
  'Statement',
  'Briefing',
  'Readout',
  'Call',
  'Conference',
  'Interview',
  'Q',
  'Press',
  'Spokesperson',
  'White',
  'House',
  'Commander',
  'Sheriff',
]);
const GIVEN = /^(?:\p{Lu}\p{Ll}+(?:[-'\u2019]\p{Lu}?\p{Ll}+)*|\p{Lu}\.)$/u;

/** A full name found in the text for a label's surname, with the title written before it ("President"). */
interface Sighting {
  name: string;
  given: boolean;
  title?: string;
  weight: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Reads capitalised words backwards from `at`: the given names, then any title word that precedes them. */
function lookBack(source: string, at: number): { given: string[]; title?: string } {
  const before = source.slice(Math.max(0, at - 80), at).replace(/\n(?=\S)/g, ' ');
  if (/\n\s*$/.test(before)) return { given: [] };
  const words = before.split(/ +/);
  words.pop();
  const given: string[] = [];
  while (words.length > 0 && given.length < 3) {
    const w = words[words.length - 1] ?? '';
    // a sentence's opening "But" or "And" before a bare given name is no part of the name
    if (TITLE_WORD.has(w) || !GIVEN.test(w) || isFunctionWord(w.toLowerCase())) break;
    given.unshift(w);
    words.pop();
  }
  // an initial alone ("R. Biden") or after the given name is fine; one leading the run is not a given name
  while (given.length > 0 && /\.$/.test(given[0] ?? '')) given.shift();
  const prev = words[words.length - 1];
  const out: { given: string[]; title?: string } = { given };
  if (prev && TITLE_WORD.has(prev)) out.title = prev.replace(/\.$/, '');
  return out;
}

function sightings(words: string, sources: readonly { text: string; weight: number }[]): Sighting[] {
  const re = new RegExp(`(?<![\\p{L}-])${words.split(/\s+/).map(escape).join('\\s+')}(?![\\p{L}-])`, 'giu');
  const out: Sighting[] = [];
  for (const { text, weight } of sources) {
    for (const m of text.matchAll(re)) {
      if (!/\p{Ll}/u.test(m[0]) || !/^\p{Lu}/u.test(m[0])) continue;
      const back = lookBack(text, m.index);
      const surname = m[0].replace(/\s+/g, ' ');
      const s: Sighting = { name: [...back.given, surname].join(' '), given: back.given.length > 0, weight };
      if (back.title) s.title = back.title;
      out.push(s);
    }
  }
  return out;
}

/**
 * The full name the document gives a label's name words ("PSAKI" → "Jen Psaki"), preferring the title, then the most
 * frequent form; a title hint from the label ("President" in "PRESIDENT BIDEN") keeps only sightings under that title
 * or none, so "First Lady Jill Biden" does not answer for "PRESIDENT BIDEN". Undefined when no fuller form is written.
 */
export function resolveName(
  words: string,
  sources: readonly { text: string; weight: number }[],
  hint?: string,
): string | undefined {
  let seen = sightings(words, sources);
  const last = hint?.split(' ').pop();
  if (last) seen = seen.filter((s) => s.title === undefined || s.title === last);
  const counts = new Map<string, number>();
  for (const s of seen) if (s.given) counts.set(s.name, (counts.get(s.name) ?? 0) + s.weight);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  if (!top) return undefined;
  // a rival with another first name nearly as frequent ("Joe Biden" against "Jill Biden") leaves it open
  const firstOf = (n: string): string => n.split(' ')[0] ?? '';
  const rival = ranked.find(([n]) => firstOf(n) !== firstOf(top[0]));
  if (rival && rival[1] * 2 >= top[1]) return undefined;
  return top[0];
}

/** The name written after a role ("Joe Biden" in "President Joe Biden's call"); a Title Case headline keeps only its first word. */
function nameAfter(text: string, at: number): string | undefined {
  const words: string[] = [];
  let ended = false;
  for (const raw of text.slice(at, at + 80).split(/\s+/)) {
    if (raw === '') continue;
    const word = raw.replace(/(?:['\u2019]s)?[,;:!?)]*$/u, '').replace(/(?<=\p{Ll}{2})\.$/u, '');
    if (!/^\p{Lu}[\p{L}'\u2019-]*\.?$/u.test(word) || /^(?:Jr|Sr)\.?$/.test(word)) {
      ended = true;
      break;
    }
    words.push(word);
    if (word !== raw || words.length === 4) {
      ended = word !== raw;
      break;
    }
  }
  const name = ended ? words.join(' ') : words[0];
  const last = name?.split(' ').pop();
  return last && /\p{Ll}/u.test(last) && !TITLE_WORD.has(last) ? name : undefined;
}

/**
 * The person a role label ("THE PRESIDENT") stands for: the one name the title (or the header before the first turn)
 * gives that role ("Remarks by President Biden"); two names there (a joint press conference) or none leave it open,
 * since a president merely mentioned in the body ("President Xi") is not the speaker.
 */
export function resolveRole(
  role: string,
  headers: readonly string[],
  sources: readonly { text: string; weight: number }[],
): string | undefined {
  const guard = role === 'President' ? '(?<!Vice[ -])(?<!Former )' : '';
  const re = new RegExp(`${guard}\\b${escape(role).replace(/ /g, '\\s+')}\\s+(?=\\p{Lu})`, 'gu');
  const found = new Set<string>();
  for (const text of headers) {
    for (const m of text.matchAll(re)) {
      const name = nameAfter(text, m.index + m[0].length);
      if (name) found.add(name);
    }
  }
  const surnames = new Set([...found].map((n) => n.split(' ').pop() ?? n));
  const only = [...surnames][0];
  if (surnames.size !== 1 || !only) return undefined;
  const full = [...found].filter((n) => n.includes(' ')).sort((a, b) => b.length - a.length)[0];
  return full ?? resolveName(only, sources, role) ?? only;
}

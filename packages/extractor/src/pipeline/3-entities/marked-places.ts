import { LOOSE_NAME_TITLES, NAME_TITLES } from '../../knowledge/titles';
import { US_POSTAL_CODES, US_STATES } from '../../knowledge/us-states';
import { flat } from '../../text/flat';
import type { Candidate, Doc } from '../types';

// a plural place noun that heads a list: "the counties of Harlan, Pike and Warren", "the cities of Gary and Flint"
const NOUN_OF =
  /\b(?:counties|parishes|boroughs|townships|cities|towns|villages|municipalities|provinces|islands|municipios)\s+of\s+(?:the\s+)?/giu;
// a plural place noun that closes a list: "Blanco, Van Zandt and Cooke counties"
const NOUN_AFTER = /\s+(?:counties|parishes|boroughs|townships)\b/gi;
// one item of such a list (one to three capitalised words, "St." for a short one) and what separates two items
const WORD = String.raw`(?:\p{Lu}\p{Ll}{0,2}\.|\p{Lu}[\p{L}'’-]*)`;
const ITEM = String.raw`${WORD}(?:[ \t]+${WORD}){0,2}`;
const GAP = String.raw`(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)`;
const LIST_FROM_START = new RegExp(String.raw`^(?:${ITEM}${GAP})*${ITEM}`, 'u');
const LIST_TO_END = new RegExp(String.raw`(?:${ITEM}${GAP})*${ITEM}$`, 'u');
const ONE_ITEM = new RegExp(ITEM, 'gu');
// a town's state after a comma, closed by punctuation, a list word, a dash or the line: "Denver, CO;", "Gary, Indiana."
const STATE_END = String.raw`(?=$|[,.;:!?)\]]|[ \t]*\n|\s+(?:and|or)\b|\s+[-–—•*\d])`;
const CODE_AFTER = new RegExp(String.raw`^,[ \t]*(${[...US_POSTAL_CODES].join('|')})${STATE_END}`);
const STATE_AFTER = new RegExp(String.raw`^,[ \t]*(?:${US_STATES.join('|')})${STATE_END}`);
// "Jane Roe, MD": a degree or trade after a person's full name is written as a state's code
const DEGREE_CODES = new Set(['MD', 'PA']);
// "Senator Lee, Utah": a titled person's state follows the name as a town's would
const TITLE_WORDS = new Set([...NAME_TITLES, ...LOOSE_NAME_TITLES].flatMap((t) => t.split(' ')));
const RETYPED = new Set(['Person', 'Organization']);

/** The offsets of the items of every list a plural place noun heads or closes. */
function placeNounItems(norm: string): [number, number][] {
  const items: [number, number][] = [];
  const add = (list: string, at: number): void => {
    for (const m of list.matchAll(ONE_ITEM)) items.push([at + m.index, at + m.index + m[0].length]);
  };
  for (const m of norm.matchAll(NOUN_OF)) {
    const at = m.index + m[0].length;
    const list = LIST_FROM_START.exec(norm.slice(at, at + 400))?.[0];
    if (list) add(list, at);
  }
  for (const m of norm.matchAll(NOUN_AFTER)) {
    const from = Math.max(0, m.index - 400);
    const list = LIST_TO_END.exec(norm.slice(from, m.index));
    if (list) add(list[0], from + list.index);
  }
  return items;
}

/** True when `c` is a town whose state follows it after a comma ("Gary, Indiana"), read as a person or a body. */
function townBeforeState(doc: Doc, c: Candidate): boolean {
  const after = doc.norm.slice(c.end, c.end + 30);
  const words = flat(doc.norm.slice(c.start, c.end)).split(/\s+/);
  const before = /(\S+)\s+$/.exec(doc.norm.slice(Math.max(0, c.start - 30), c.start))?.[1] ?? '';
  if (TITLE_WORDS.has(before) || TITLE_WORDS.has(words[0] ?? '')) return false;
  const code = CODE_AFTER.exec(after)?.[1];
  if (code !== undefined) return !(DEGREE_CODES.has(code) && c.type === 'Person' && words.length > 1);
  // a state's full name after a full person's name is where the person comes from ("Ann Lee, Ohio")
  return words.length === 1 && STATE_AFTER.test(after);
}

/**
 * Names a place noun lists ("the counties of Harlan, Pike and Warren", "Blanco and Cooke counties") and towns followed
 * by their state ("Gary, Indiana", "Denver, CO", and the code itself) are places, whatever the tagger read them as:
 * unknown county seats and towns are mostly surnames or firms to it.
 */
export function retypeMarkedPlaces(doc: Doc, candidates: Candidate[]): Candidate[] {
  const items = new Set(placeNounItems(doc.norm).map(([start, end]) => `${start}:${end}`));
  const names = candidates.filter((c) => c.mention === 'name');
  const toPlace = new Set<Candidate>();
  for (const c of names) {
    if (items.has(`${c.start}:${c.end}`)) toPlace.add(c);
    if (!townBeforeState(doc, c)) continue;
    toPlace.add(c);
    const code = names.find((s) => s.start > c.end && /^,[ \t]*$/.test(doc.norm.slice(c.end, s.start)));
    if (code && US_POSTAL_CODES.has(doc.norm.slice(code.start, code.end))) toPlace.add(code);
  }
  return candidates.map((c) => (toPlace.has(c) && RETYPED.has(c.type) && !c.id ? { ...c, type: 'Location' } : c));
}

import { isSeatOfGovernment } from '../../knowledge/seats';
import { US_STATES } from '../../knowledge/us-states';
import type { EntityDraft, LinkedMention } from '../types';
import { distinctiveFirstWord } from './distinctive-words';
import { personTokens } from './person-key';
import { spouseMentions } from './short-titles';

/** Moves every mention of one entity to another and keeps the old name as an alias. */
export function mergeEntity(
  entities: Map<string, EntityDraft>,
  mentions: LinkedMention[],
  from: EntityDraft,
  to: EntityDraft,
): void {
  for (const m of mentions) if (m.entity === from.id) m.entity = to.id;
  to.aliases.add(from.name);
  for (const a of from.aliases) to.aliases.add(a);
  entities.delete(from.id);
}

// compared without case so that a headline's "EDBERG" is the "Edberg" of "Stefan Edberg"
const words = (name: string): string[] => name.replace(/^the /i, '').toLowerCase().split(/\s+/).filter(Boolean);

/** True when `short` is a prefix or a suffix of `long`, word by word ("Spurs" of "San Antonio Spurs"). */
function isEdgeOf(short: string[], long: string[]): boolean {
  if (short.length >= long.length) return false;
  const prefix = short.every((w, i) => long[i] === w);
  const suffix = short.every((w, i) => long[long.length - short.length + i] === w);
  return prefix || suffix;
}

/** True when `short`'s words appear in `long` in order and end with its surname, or `short` is its given name. */
function isShortPersonName(short: string[], long: string[]): boolean {
  if (short.length >= long.length) return false;
  if (short.length === 1 && short[0] === long[0]) return true;
  if (short[short.length - 1] !== long[long.length - 1]) return false;
  let i = 0;
  for (const w of long) if (w === short[i]) i++;
  return i === short.length;
}

/**
 * A person's name as short forms are matched: titles, initials and nicknames aside as in ids, but a regnal number kept,
 * since Carol I and Carol II are two kings.
 */
function nameTokens(name: string): string[] {
  const tokens = personTokens(name);
  const last = name.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return /^[ivx]+$/.test(last) && tokens.length > 0 && tokens.at(-1) !== last ? [...tokens, last] : tokens;
}

/** True when two two-word names hold the same words in the other order, as names written surname first do. */
function isSwapped(a: string[], b: string[]): boolean {
  return a.length === 2 && b.length === 2 && a[0] === b[1] && a[1] === b[0] && a[0] !== a[1];
}

// Bare heads that name different bodies in one article too often to fold into the one longer name.
const GENERIC_ORG = new Set([
  'group',
  'company',
  'corporation',
  'inc',
  'inc.',
  'ltd',
  'university',
  'party',
  'council',
  'committee',
  'court',
  'government',
  'ministry',
  'department',
  'office',
  'agency',
  'association',
  'union',
  'league',
  'club',
  'bank',
]);

const COUNTRY_SCOPED = /^org:[a-z]{2}:/;

function firstMention(mentions: LinkedMention[], id: string): number {
  let first = Infinity;
  for (const m of mentions) if (m.entity === id && m.start < first) first = m.start;
  return first;
}

/**
 * Folds short forms of a longer name into it: "Alger" and "Henrik Angell" into the person "Ross Patterson Alger" /
 * "Henrik August Angell", "Spurs" and "Taito" into "San Antonio Spurs" / "Taito Corporation", "New York" into
 * "New York City". A short form that fits several longer names goes to the one named last before it, if any.
 */
export function mergeShortNames(entities: Map<string, EntityDraft>, mentions: LinkedMention[], norm?: string): void {
  const all = [...entities.values()];
  for (const e of all) {
    // "Treasury" scoped to the US ("the U.S. Treasury") is a whole name, not a short form of "NSW Treasury"
    if (COUNTRY_SCOPED.test(e.id)) continue;
    const short = words(e.name);
    const abbreviatesAnother =
      ACRONYM.test(e.name) &&
      all.some(
        (f) =>
          f !== e &&
          f.type !== 'Person' &&
          f.name.includes(' ') &&
          initialsOf(f.name).includes(e.name.replace(/[.&]/g, '')),
      );
    let fits = all.filter((f) => {
      if (f === e || !entities.has(f.id)) return false;
      const long = words(f.name);
      // titles, initials and nicknames aside ("Emperor Norton" of Joshua Abraham Norton); a name in either order
      // ("Higuchi Ichiyō", "Ichiyō Higuchi") is one person's, and so is a short form of another name the article
      // gave them ("Rhodes" of Jane Roe, "better known as Janey Rhodes")
      if (e.type === 'Person' && f.type === 'Person') {
        const shortTokens = nameTokens(e.name);
        return [f.name, ...f.aliases].some((name) => {
          const longTokens = nameTokens(name);
          return isShortPersonName(shortTokens, longTokens) || isSwapped(shortTokens, longTokens);
        });
      }
      if (e.type === 'Organization' && f.type === 'Organization') {
        // "the House" is the chamber, not the White House, and the White House is no short form of an office in it
        if (isSeatOfGovernment(e.name) || isSeatOfGovernment(f.name)) return false;
        // "USI" opens "USI Art Collections" but abbreviates the University of Southern Indiana
        if (abbreviatesAnother) return false;
        if (short.length === 1 && GENERIC_ORG.has(short[0] ?? '')) return false;
        // a lone opening word stands for the name only when no other name could open with it ("United")
        if (short.length === 1 && !distinctiveFirstWord(e.name) && long.at(-1) !== short[0]) return false;
        return isEdgeOf(short, long);
      }
      if (e.type === 'Location' && f.type === 'Location')
        return long.length === short.length + 1 && long[long.length - 1] === 'city' && isEdgeOf(short, long);
      return false;
    });
    // "Joshua Norton" is itself a short form of Joshua Abraham Norton: "Norton" fits one person, not two
    if (e.type === 'Person') {
      const inner = fits.filter((f) =>
        fits.some((g) => g !== f && isShortPersonName(nameTokens(f.name), nameTokens(g.name))),
      );
      fits = fits.filter((f) => !inner.includes(f));
    }
    if (fits.length === 0) continue;
    // a lone name that is one person's surname and another's given name is the surname ("Savage": Dan Savage)
    const lone = e.type === 'Person' ? nameTokens(e.name) : [];
    const bySurname = lone.length === 1 ? fits.filter((f) => nameTokens(f.name).at(-1) === lone[0]) : [];
    let target = fits.length === 1 ? fits[0] : bySurname.length === 1 ? bySurname[0] : undefined;
    if (!target) {
      const at = firstMention(mentions, e.id);
      const before = fits
        .map((f) => ({ f, first: firstMention(mentions, f.id) }))
        .filter((x) => x.first < at)
        .sort((a, b) => b.first - a.first);
      target = before[0]?.f;
    }
    if (!target) continue;
    // "Dr. Biden" beside "President Joe Biden" keeps its own entity; the article's other "Biden"s join him
    const keep =
      norm !== undefined && e.type === 'Person' ? spouseMentions(norm, mentions, e.id, target.id) : new Set();
    if (keep.size === 0) mergeEntity(entities, mentions, e, target);
    else for (const m of mentions) if (m.entity === e.id && !keep.has(m)) m.entity = target.id;
  }
}

const ACRONYM = /^[A-Z][A-Z0-9&.]{1,7}$/;
const SMALL = new Set([
  'of',
  'the',
  'and',
  'for',
  'in',
  'on',
  'de',
  'del',
  'der',
  'des',
  'du',
  'la',
  'le',
  'von',
  'to',
  'at',
  '&',
  'a',
  'an',
]);

/** The initials a name may be abbreviated to: of its capitalised words, and of all its words. */
export function initialsOf(name: string): string[] {
  const ws = name
    .replace(/^the /i, '')
    .split(/[\s-]+/)
    .filter((w) => /^\p{L}/u.test(w));
  const caps = ws
    .filter((w) => !SMALL.has(w.toLowerCase()))
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
  const every = ws
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
  return [...new Set([caps, every])];
}

/**
 * Whether an acronym can abbreviate a name: its first letter opens the name's first or second word (a scope such as
 * "U.S." may come first) and the rest follow in order among the name's letters ("CBP" for "U.S. Customs and Border
 * Protection", "ISIS" for "Islamic State"); never "CBP" for the Department of Homeland Security or "PDAA" for Africa.
 */
export function acronymFits(acronym: string, name: string, openings = 2): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toLowerCase();
  const words = name
    .replace(/^the\s+/i, '')
    .split(/\s+/)
    .filter(Boolean);
  for (let s = 0; s < Math.min(openings, words.length); s++) {
    const rest = words.slice(s).join(' ').toLowerCase();
    if (rest[0] !== letters[0]) continue;
    let at = 1;
    for (const ch of letters.slice(1)) {
      at = rest.indexOf(ch, at) + 1;
      if (at === 0) break;
    }
    if (at > 0) return true;
  }
  return false;
}

/** The initials an article may use for a name without defining them: of its capitalised words ("CIA", "USI"). */
export function capitalInitials(name: string): string {
  return initialsOf(name)[0] ?? '';
}

// a state's initials ("D.C.", "NY") name the state, whatever organisation of the article shares them
const STATE_INITIALS = new Set(US_STATES.filter((s) => s.includes(' ')).map((s) => capitalInitials(s)));

/** True when an acronym may abbreviate a name of that type: a place's initials abbreviate only a place. */
const placeFits = (acronym: EntityDraft, letters: string, target: EntityDraft): boolean =>
  (acronym.type !== 'Location' && !STATE_INITIALS.has(letters)) || target.type === 'Location';

/** Folds an acronym entity ("NFL", "EU") into the one longer organisation or place of the article it abbreviates. */
export function mergeAcronymEntities(entities: Map<string, EntityDraft>, mentions: LinkedMention[]): void {
  const all = [...entities.values()];
  for (const e of all) {
    if (e.type === 'Person' || e.type === 'Country' || !ACRONYM.test(e.name)) continue;
    const letters = e.name.replace(/[.&]/g, '');
    if (letters.length < 2) continue;
    const fits = all.filter(
      (f) =>
        f !== e &&
        entities.has(f.id) &&
        f.type !== 'Person' &&
        f.type !== 'Country' &&
        // "D.C." of Washington, D.C. abbreviates no Department of Commerce
        placeFits(e, letters, f) &&
        f.name.includes(' ') &&
        // initials over every word ("DOE" of both Energy and Education) are too ambiguous without a definition
        capitalInitials(f.name) === letters,
    );
    const target = fits.length === 1 ? fits[0] : undefined;
    if (target) mergeEntity(entities, mentions, e, target);
  }
}

import { lookupCountry } from '../../knowledge/countries';
import { isInnerRegion } from '../../knowledge/inner-regions';
import { isCommonWord, isFirstName, isKnownPlace } from '../../knowledge/lexicon';
import { slugify } from '../../text/slug';
import { tokenize, type Token } from '../../text/tokens';
import type { Doc, EntityDraft, LinkedMention } from '../types';

const MAX_WORDS = 4;
// institutions named after the town they stand in: "Aberdeen Grammar School", "Navarro College", "Al Wakrah Stadium"
const SITE_HEAD =
  /^(?:(?:State )?University|College|Community College|High School|Grammar School|Academy|(?:International )?Airport|Stadium|Cemetery)$/;
// a person's or a peerage's "of" names a place: "Bonosus of Sardica", "Earl of Snowdon"
const OF_PLACE_CONTAINERS = new Set(['Person', 'Organization']);
const PEERAGE =
  /^(?:\d+(?:st|nd|rd|th) )?(?:Earl|Duke|Marquess|Viscount|Baron|Count|Countess|Duchess|Prince|Princess|Bishop|Archbishop|Lord)$/;
const ACRONYM = /^[A-Z][A-Z&]{1,6}$/;
const CONTAINERS = new Set(['Organization', 'Event']);
// a meeting named after its host ("Munich Security Conference", "Summit of the Americas") names the meeting, not a place
const MEETING_HEAD = /(?:^|\s)(?:Conference|Summit|Forum|Meeting|Dialogue|Symposium)(?:\s|$)/;
// words that open organisation names without naming a place in them ("New" alone, "Saint" alone)
const NOT_ALONE = new Set([
  'new',
  'saint',
  'st',
  'st.',
  'north',
  'south',
  'east',
  'west',
  'central',
  'royal',
  'national',
  'union',
  'university',
  'college',
]);

/** The place a phrase names: a country, or a place the article or the lexicons know. */
function placeOf(
  doc: Doc,
  form: string,
  places: Map<string, string>,
  campus = false,
): { id: string; draft?: EntityDraft } | undefined {
  const country = lookupCountry(form);
  if (country) {
    if (country.kind !== 'name') return undefined;
    const id = `country:${country.country.code}`;
    return { id, draft: { id, name: country.country.name, type: 'Country', aliases: new Set() } };
  }
  const known = places.get(form);
  if (known) return { id: known };
  if (NOT_ALONE.has(form.toLowerCase())) return undefined;
  if (!campus && !isKnownPlace(form.toLowerCase()) && !isInnerRegion(form)) return undefined;
  const id = `loc:${slugify(form)}`;
  return { id, draft: { id, name: form, type: 'Location', aliases: new Set() } };
}

/**
 * Spans of a name that its shape says are places though no lexicon knows them: the town of "X University", "X College",
 * "X Airport" and "University of X", and the "of X" ending a person's or a peer's name; none opens with a given name or
 * is a person of the article, since institutions are named after people too ("Rice University").
 */
function patternedPlaces(
  tokens: readonly Token[],
  type: string,
  people: ReadonlySet<string>,
): { start: number; end: number }[] {
  const words = tokens.map((t) => t.text);
  const capital = (w: string | undefined): boolean => w !== undefined && /^\p{Lu}[\p{L}'’.-]*$/u.test(w);
  const ok = (from: number, to: number): boolean => {
    const first = (words[from] ?? '').toLowerCase();
    const form = words.slice(from, to).join(' ');
    return (
      to > from &&
      to - from <= 3 &&
      !isFirstName(first) &&
      !isCommonWord(first) &&
      !people.has(form) &&
      !NOT_ALONE.has(first)
    );
  };
  const span = (from: number, to: number): { start: number; end: number } => ({
    start: tokens[from]?.start ?? 0,
    end: tokens[to - 1]?.end ?? 0,
  });
  const out: { start: number; end: number }[] = [];
  if (type === 'Organization') {
    // "University of Pisa", "University of Texas at Arlington"
    const of = words.findIndex((w, i) => w === 'of' && words[i - 1] === 'University');
    if (of > 0) {
      let to = of + 1;
      while (capital(words[to])) to++;
      if (ok(of + 1, to)) out.push(span(of + 1, to));
    }
    for (let head = 1; head < words.length; head++) {
      const two = `${words[head]} ${words[head + 1] ?? ''}`;
      const three = `${two} ${words[head + 2] ?? ''}`;
      const len = [three, two, words[head] ?? ''].findIndex((h) => SITE_HEAD.test(h));
      if (len < 0 || head + (3 - len) !== words.length) continue;
      let from = head;
      while (from > 0 && capital(words[from - 1])) from--;
      if (ok(from, head)) out.push(span(from, head));
      break;
    }
  }
  // "Battle of Chudnov", "Siege of Savannah": a battle is named after where it was fought
  if ((type === 'Organization' || type === 'Event') && /^(?:Battle|Siege|Sack|Fall) of \p{Lu}/u.test(words.join(' '))) {
    if (ok(2, words.length)) out.push(span(2, words.length));
  }
  if (OF_PLACE_CONTAINERS.has(type)) {
    const of = words.lastIndexOf('of');
    const before = words.slice(0, of).join(' ');
    const tail = words.slice(of + 1);
    const peer = type === 'Organization' && PEERAGE.test(before);
    if (of > 0 && (type === 'Person' || peer) && tail.length > 0 && tail.every(capital) && ok(of + 1, words.length))
      out.push(span(of + 1, words.length));
  }
  return out;
}

/**
 * Places (and organisations' acronyms: "USI" in "USI Art Collections") named inside the name of an organisation or event ("Texas" in "University of Texas at Arlington",
 * "Pittsburgh" in "Pittsburgh Pirates", "Vietnam" in "Vietnam War"), as `nested` mentions of that place: the
 * article names the place, though not as a name of its own, so entity-level scoring of names is not touched.
 */
export function findNestedPlaces(doc: Doc, mentions: readonly LinkedMention[]): LinkedMention[] {
  const places = new Map<string, string>();
  for (const e of doc.entities.values()) {
    if (e.type !== 'Location' && e.type !== 'Country') continue;
    places.set(e.name, e.id);
    for (const a of e.aliases) places.set(a, e.id);
  }
  for (const m of mentions) {
    const e = doc.entities.get(m.entity);
    if (m.kind !== 'name' || !e) continue;
    const form = doc.norm.slice(m.start, m.end);
    if (e.type === 'Location' || e.type === 'Country') places.set(form, m.entity);
    // "USI" of the University of Southern Indiana opening "USI Art Collections"
    if (e.type === 'Organization' && ACRONYM.test(form) && !places.has(form)) places.set(form, m.entity);
  }
  const people = new Set<string>();
  for (const m of mentions) {
    const form = doc.norm.slice(m.start, m.end);
    // the place a person is "of" is no person's name
    if (m.kind === 'name' && doc.entities.get(m.entity)?.type === 'Person' && !form.includes(' of ')) {
      people.add(form);
      for (const w of form.split(' ')) people.add(w);
    }
  }
  const out: LinkedMention[] = [];
  for (const m of mentions) {
    const type = doc.entities.get(m.entity)?.type ?? '';
    // a peerage set beside a person's name ("1st Earl of Snowdon") names its place as a peer's name would; an office's
    // "of" names no place ("Secretary of Treasury")
    const title = m.kind === 'nominal' && type === 'Person';
    if ((m.kind === 'name' || title) && (OF_PLACE_CONTAINERS.has(type) || type === 'Event')) {
      const tokens = tokenize(doc.norm.slice(m.start, m.end), m.start).filter((t) => t.text !== "'s");
      for (const p of patternedPlaces(tokens, title ? 'Organization' : type, people)) {
        const form = doc.norm.slice(p.start, p.end);
        const place = placeOf(doc, form, places, true);
        if (!place || place.id === m.entity) continue;
        if (place.draft && !doc.entities.has(place.id)) doc.entities.set(place.id, place.draft);
        out.push({ start: p.start, end: p.end, kind: 'nested', entity: place.id });
      }
    }
    if (m.kind !== 'name' || !CONTAINERS.has(type)) continue;
    if (doc.entities.get(m.entity)?.type === 'Event' && MEETING_HEAD.test(doc.norm.slice(m.start, m.end))) continue;
    const tokens = tokenize(doc.norm.slice(m.start, m.end), m.start).filter((t) => t.text !== "'s");
    const container = m.entity;
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i];
      if (!first || !/^\p{Lu}/u.test(first.text)) continue;
      for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1; n--) {
        const last = tokens[i + n - 1];
        if (!last || (i === 0 && n === tokens.length)) continue;
        const form = doc.norm.slice(first.start, last.end);
        if (!/^\p{Lu}/u.test(last.text)) continue;
        // "Berkeley" in "University of California at Berkeley": the campus a university is named with is a place
        const campus =
          i > 0 &&
          tokens[i - 1]?.text === 'at' &&
          i + n === tokens.length &&
          /\bUniversity\b/.test(doc.norm.slice(m.start, m.end));
        const place = placeOf(doc, form, places, campus);
        if (!place || place.id === container) continue;
        if (place.draft && !doc.entities.has(place.id)) doc.entities.set(place.id, place.draft);
        out.push({ start: first.start, end: last.end, kind: 'nested', entity: place.id });
        i += n - 1;
        break;
      }
    }
  }
  // a place both a lexicon and a name's shape find is named once
  return out.filter((m, i) => !out.slice(0, i).some((o) => o.start < m.end && m.start < o.end));
}

/**
 * The nested mentions worth giving out: all of them for a place no relation names, and for one a relation names only
 * while its own mentions outnumber them, so that whoever aligns the place by overlapping mentions finds the place,
 * not the organisation it is named inside.
 */
export function nestedToKeep(doc: Doc): LinkedMention[] {
  const related = new Set(doc.relations.flatMap((r) => [r.subject, r.object]));
  const own = new Map<string, number>();
  const nested = new Map<string, number>();
  for (const m of doc.mentions) own.set(m.entity, (own.get(m.entity) ?? 0) + 1);
  for (const m of doc.nested ?? []) nested.set(m.entity, (nested.get(m.entity) ?? 0) + 1);
  return (doc.nested ?? []).filter(
    (m) => !related.has(m.entity) || (nested.get(m.entity) ?? 0) < (own.get(m.entity) ?? 0),
  );
}

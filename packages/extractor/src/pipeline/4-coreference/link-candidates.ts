import { nameText } from '../../text/name-text';
import { slugify } from '../../text/slug';
import { canonicalId, countryName, keyOf, type Keyed } from './keys';
import type { Doc, EntityDraft, LinkedMention } from '../types';

/** Organisations sharing a base name share one id, scoped when any mention names their country. */
function unifyScopes(keyed: Keyed[]): void {
  const scopes = new Map<string, Set<string>>();
  for (const k of keyed) {
    if (k.cand.type !== 'Organization') continue;
    const slug = slugify(k.base);
    if (!scopes.has(slug)) scopes.set(slug, new Set());
    if (k.scope) scopes.get(slug)?.add(k.scope);
  }
  for (const k of keyed) {
    if (k.cand.type !== 'Organization' || k.scope) continue;
    const found = scopes.get(slugify(k.base));
    const only = found?.size === 1 ? [...found][0] : undefined;
    if (only) k.scope = only;
  }
}

const ALL_CAPS_NAME = /^[^\p{Ll}]*$/u;

/** A person's display name is their longest full form, but a transcript's all-capitals label ("JOSEPH R. BIDEN JR.") only when it is all there is. */
function personNameRank(name: string): number {
  return (name.includes(' ') ? 2000 : 0) + (ALL_CAPS_NAME.test(name) ? 0 : 1000) + Math.min(name.length, 999);
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'on', 'upon', 'de', 'du', 'la', 'le']);

// words that read as words, not initialisms: a vowel, no digit, no run of four consonants ("LGBTQI", "NSSM-1")
const SPOKEN_CAPITALS = /^(?:(?:[A-Z]{1,2}\.?|(?=[A-Z]*[AEIOUY])(?![A-Z]*[^AEIOUY\s.'’]{4})[A-Z'’]{3,}\.?)(?: |$))+$/;

/** "NEW YORK" → "New York": a dateline's or headline's capitals place name as prose writes it. */
function placeInProse(name: string): string {
  if (!/[A-Z]{4}/.test(name) || !SPOKEN_CAPITALS.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s.'’-])(\p{Ll})/gu, (m: string, sep: string, c: string) => sep + c.toUpperCase())
    .split(' ')
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w))
    .join(' ');
}

/** True when a later mention should name an entity first met in capitals ("TOKYO" in a dateline, then "Tokyo"). */
function namesCapitalsEntity(e: EntityDraft, k: Keyed, shown: string): boolean {
  return (
    e.type !== 'Person' &&
    k.cand.mention === 'name' &&
    !k.cand.name &&
    ALL_CAPS_NAME.test(e.name) &&
    /\p{Ll}/u.test(shown)
  );
}

function draftFor(doc: Doc, id: string, k: Keyed): EntityDraft {
  let e = doc.entities.get(id);
  if (!e) {
    const name = k.cand.name ?? k.display ?? k.base;
    e = { id, name: k.cand.type === 'Location' ? placeInProse(name) : name, type: k.cand.type, aliases: new Set() };
    if (k.cand.kind) e.kind = k.cand.kind;
    doc.entities.set(id, e);
  }
  if (k.cand.mention !== 'pronoun') {
    const surface = nameText(doc.text, k.mentionStart, k.cand.end);
    if (
      k.cand.type === 'Person' &&
      !k.cand.name &&
      surface.includes(' ') &&
      personNameRank(surface) > personNameRank(e.name)
    )
      e.name = surface;
    const shown = k.display ?? k.base;
    if (namesCapitalsEntity(e, k, shown)) e.name = shown;
    else if (
      k.cand.type === 'Organization' &&
      k.cand.mention === 'name' &&
      !k.cand.name &&
      shown.length < e.name.length
    )
      e.name = shown;
  }
  return e;
}

/** Gives every candidate its canonical entity (creating its draft) and a mention; a country prefix gets its own. */
export function linkCandidates(doc: Doc): LinkedMention[] {
  const keyed = doc.candidates.map((c) => keyOf(doc, c));
  unifyScopes(keyed);
  const mentions: LinkedMention[] = [];
  for (const k of keyed) {
    const id = canonicalId(k);
    draftFor(doc, id, k);
    mentions.push({ start: k.mentionStart, end: k.cand.end, kind: k.cand.mention, entity: id });
    if (k.prefix) {
      const cid = `country:${k.prefix.code}`;
      if (!doc.entities.has(cid))
        doc.entities.set(cid, { id: cid, name: countryName(k.prefix.code), type: 'Country', aliases: new Set() });
      mentions.push({ start: k.prefix.start, end: k.prefix.end, kind: k.prefix.kind, entity: cid });
    }
  }
  return mentions;
}

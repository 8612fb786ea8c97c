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

function draftFor(doc: Doc, id: string, k: Keyed): EntityDraft {
  let e = doc.entities.get(id);
  if (!e) {
    e = { id, name: k.cand.name ?? k.display ?? k.base, type: k.cand.type, aliases: new Set() };
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
    if (k.cand.type === 'Organization' && k.cand.mention === 'name' && !k.cand.name && shown.length < e.name.length)
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

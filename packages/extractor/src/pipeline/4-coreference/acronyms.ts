import { regionAt } from '../1-layout/regions';
import type { Doc, LinkedMention } from '../types';
import { acronymFits, capitalInitials, mergeEntity } from './merge-names';

const DEFINITION_RE = /^ \(([A-Z][A-Za-z&]{1,9})\)/;
const LEAD = /(?:^|\s)(?:\p{Lu}[\p{L}.]*\s+){1,2}$/u;

/** Links acronyms defined in parentheses ("World Health Organization (WHO)") and their later uses to the entity. */
export function addAcronyms(doc: Doc, mentions: LinkedMention[]): LinkedMention[] {
  const defined = new Map<string, string>();
  for (const m of mentions) {
    if (m.kind !== 'name') continue;
    const e = doc.entities.get(m.entity);
    if (!e || e.type === 'Person' || e.type === 'Country') continue;
    // "WASHINGTON (AP)" names the agency that filed the story, not the city's initials
    if (regionAt(doc, m.start)?.kind === 'dateline') continue;
    const def = DEFINITION_RE.exec(doc.norm.slice(m.end, m.end + 14));
    // "(CBP)" after "Department of Homeland Security" defines another body's acronym, cut from a longer name; a
    // country written before the name may open it ("U.S. Department of Agriculture (USDA)")
    const lead = LEAD.exec(doc.norm.slice(Math.max(0, m.start - 30), m.start))?.[0] ?? '';
    const name = lead + doc.norm.slice(m.start, m.end);
    if (def?.[1] && /[A-Z].*[A-Z]/.test(def[1]) && acronymFits(def[1], name, lead.split(/\s+/).length + 1))
      defined.set(def[1], m.entity);
  }
  // an organisation named in full abbreviates to its initials ("USI" for the University of Southern Indiana) when
  // no other name of the article has the same ones
  const byInitials = new Map<string, string | null>();
  for (const e of doc.entities.values()) {
    if (e.type !== 'Organization' || e.name.split(' ').length < 3) continue;
    // initials over every word ("DOE" of both Energy and Education) are too ambiguous without a definition
    const initials = capitalInitials(e.name);
    if (initials.length < 3) continue;
    const prev = byInitials.get(initials);
    byInitials.set(initials, prev === undefined || prev === e.id ? e.id : null);
  }
  for (const [initials, entity] of byInitials) if (entity && !defined.has(initials)) defined.set(initials, entity);
  if (defined.size === 0) return mentions;
  const taken = [...mentions];
  const added: LinkedMention[] = [];
  for (const [acronym, entity] of defined) {
    const target = doc.entities.get(entity);
    const re = new RegExp(`\\b${acronym.replace(/&/g, '\\&')}\\b`, 'g');
    // initials link an acronym the article writes; they are never an alias of their own ("OOPM")
    if (!target || !re.test(doc.norm)) continue;
    re.lastIndex = 0;
    target.aliases.add(acronym);
    // "(RUSNANO)" already found as an entity of its own is the same body
    for (const other of [...doc.entities.values()]) {
      if (other !== target && other.name === acronym && other.type !== 'Person')
        mergeEntity(doc.entities, mentions, other, target);
    }
    for (let m = re.exec(doc.norm); m; m = re.exec(doc.norm)) {
      const span = { start: m.index, end: m.index + acronym.length };
      if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
      added.push({ ...span, kind: 'name', entity });
    }
  }
  return [...mentions, ...added];
}

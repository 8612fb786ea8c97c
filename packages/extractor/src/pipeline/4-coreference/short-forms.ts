import { isCapitalised } from '../../text/tokens';
import { SILENT } from '../1-layout/regions';
import { distinctiveFirstWord } from './distinctive-words';
import type { Doc, LinkedMention } from '../types';
import { fullNameTitles, spouseTitlesApart, titleAt } from './short-titles';

const ALL_CAPS = /^\p{Lu}{3,}$/u;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/**
 * Links bare surnames and given names ("Long", "Xi") to the full-named person of the article who bears them, and
 * an organisation's distinctive first word ("Pirelli", "Commerce") to the one named in full ("Commerce Bancshares").
 */
export function addShortForms(doc: Doc, mentions: LinkedMention[]): LinkedMention[] {
  const byToken = new Map<string, string>();
  const ambiguous = new Set<string>();
  const note = (p: string | undefined, id: string): void => {
    if (!p || p.length < 2) return;
    const prev = byToken.get(p);
    if (prev && prev !== id) ambiguous.add(p);
    byToken.set(p, id);
  };
  for (const e of doc.entities.values()) {
    const parts = e.name.split(' ');
    if (parts.length < 2) continue;
    if (e.type === 'Person') for (const p of [parts[0], parts[parts.length - 1]]) note(p, e.id);
    if (e.type === 'Organization' && distinctiveFirstWord(parts[0] ?? '')) note(parts[0], e.id);
  }
  for (const a of ambiguous) byToken.delete(a);
  if (byToken.size === 0) return mentions;
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const added: LinkedMention[] = [];
  // "Dr. Biden" beside "President Joe Biden" is a short form of its own, which resolution at ingest reads by its title
  const apart = (t: { start: number; text: string }, id: string): string | undefined => {
    const title = titleAt(doc.norm, t.start);
    const full = doc.entities.get(id);
    if (!title || full?.type !== 'Person' || !spouseTitlesApart(new Set([title]), fullNameTitles(doc.norm, sorted, id)))
      return undefined;
    const own = `person:${t.text.toLowerCase()}`;
    if (!doc.entities.has(own)) doc.entities.set(own, { id: own, name: t.text, type: 'Person', aliases: new Set() });
    return own;
  };
  for (const sentence of doc.sentences) {
    if (sentence.region && SILENT.has(sentence.region)) continue;
    const toks = sentence.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (!t || !isCapitalised(t.text)) continue;
      // a headline's "EDBERG" is the "Edberg" of the article
      const capitals = ALL_CAPS.test(t.text);
      const id =
        byToken.get(t.text) ?? (capitals ? byToken.get(t.text.charAt(0) + t.text.slice(1).toLowerCase()) : undefined);
      if (!id) continue;
      const next = toks[i + 1];
      // "Long Zhou" is already a mention; a following capitalised word means another name ("Xi Jinping Thought"),
      // except in an all-capitals headline, where every word is capitalised
      const headline = capitals && next !== undefined && ALL_CAPS.test(next.text);
      if (next && !headline && next.start === t.end + 1 && isCapitalised(next.text) && /^\p{L}/u.test(next.text))
        continue;
      if (sorted.some((m) => overlaps(m, t))) continue;
      added.push({ start: t.start, end: t.end, kind: 'name', entity: apart(t, id) ?? id });
    }
  }
  return [...mentions, ...added];
}

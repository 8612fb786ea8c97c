import { isCapitalised } from '../../text/tokens';
import type { Doc, LinkedMention } from '../types';

const ALL_CAPS = /^\p{Lu}{3,}$/u;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** Links bare surnames and given names ("Long", "Xi") to the full-named person of the article who bears them. */
export function addShortForms(doc: Doc, mentions: LinkedMention[]): LinkedMention[] {
  const byToken = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const e of doc.entities.values()) {
    if (e.type !== 'Person') continue;
    const parts = e.name.split(' ');
    if (parts.length < 2) continue;
    for (const p of [parts[0], parts[parts.length - 1]]) {
      if (!p || p.length < 2) continue;
      const prev = byToken.get(p);
      if (prev && prev !== e.id) ambiguous.add(p);
      byToken.set(p, e.id);
    }
  }
  for (const a of ambiguous) byToken.delete(a);
  if (byToken.size === 0) return mentions;
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const added: LinkedMention[] = [];
  for (const sentence of doc.sentences) {
    const toks = sentence.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (!t || !isCapitalised(t.text)) continue;
      // a headline's "EDBERG" is the "Edberg" of the article
      const capitals = ALL_CAPS.test(t.text);
      const id = byToken.get(t.text) ?? (capitals ? byToken.get(t.text[0] + t.text.slice(1).toLowerCase()) : undefined);
      if (!id) continue;
      const next = toks[i + 1];
      // "Long Zhou" is already a mention; a following capitalised word means another name ("Xi Jinping Thought"),
      // except in an all-capitals headline, where every word is capitalised
      const headline = capitals && next !== undefined && ALL_CAPS.test(next.text);
      if (next && !headline && next.start === t.end + 1 && isCapitalised(next.text) && /^\p{L}/u.test(next.text)) continue;
      if (sorted.some((m) => overlaps(m, t))) continue;
      added.push({ start: t.start, end: t.end, kind: 'name', entity: id });
    }
  }
  return [...mentions, ...added];
}

import { ENTITY_TYPES, spansFromLabels } from '../src/ner/labels';

/** Precision, recall and F1 of one type, or of all of them. */
export interface Prf {
  P: number;
  R: number;
  F1: number;
}

/** Exact-match span F1 over token spans, per type and overall on PER/ORG/LOC (the scored types). */
export function spanF1(
  gold: readonly (readonly number[])[],
  pred: readonly (readonly number[])[],
): Record<string, Prf> {
  const st = new Map<string, { tp: number; fp: number; fn: number }>();
  for (const t of [...ENTITY_TYPES, 'ALL']) st.set(t, { tp: 0, fp: 0, fn: 0 });
  gold.forEach((g, i) => {
    const key = (s: { start: number; end: number; type: number }): string => `${s.start}:${s.end}:${s.type}`;
    const gs = new Set(spansFromLabels(g).map(key));
    const ps = new Set(spansFromLabels(pred[i]!).map(key));
    for (const k of ps) {
      const t = ENTITY_TYPES[Number(k.split(':')[2])]!;
      const hit = gs.has(k);
      for (const name of t === 'MISC' ? [t] : [t, 'ALL']) st.get(name)![hit ? 'tp' : 'fp']++;
    }
    for (const k of gs) {
      if (ps.has(k)) continue;
      const t = ENTITY_TYPES[Number(k.split(':')[2])]!;
      for (const name of t === 'MISC' ? [t] : [t, 'ALL']) st.get(name)!.fn++;
    }
  });
  const out: Record<string, Prf> = {};
  for (const [t, s] of st) {
    const P = s.tp / (s.tp + s.fp || 1);
    const R = s.tp / (s.tp + s.fn || 1);
    out[t] = { P: round(P), R: round(R), F1: round((2 * P * R) / (P + R || 1)) };
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

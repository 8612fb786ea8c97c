/** The four CoNLL entity types; PER/ORG/LOC are scored, MISC is kept because modelling it sharpens the others. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

const POSITIONS = ['B', 'I', 'L', 'U'] as const;

/** BILOU labels, index 0 being O; BILOU beats BIO for greedy decoding (Ratinov & Roth 2009). */
export const LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => POSITIONS.map((p) => `${p}-${t}`))];
export const NUM_LABELS = LABELS.length;

/** Label index for an entity type and BILU position. */
export function labelOf(type: number, pos: 0 | 1 | 2 | 3): number {
  return 1 + type * 4 + pos;
}

/** Entity type index of a label, -1 for O. */
export function typeOf(label: number): number {
  return label === 0 ? -1 : (label - 1) >> 2;
}

/** BILU position of a label (0 B, 1 I, 2 L, 3 U), -1 for O. */
export function posOf(label: number): number {
  return label === 0 ? -1 : (label - 1) & 3;
}

/** Whether `cur` may follow `prev` (-1 = sentence start), and close the sentence when `last`, so greedy output is always well formed. */
export function allowed(prev: number, cur: number, last: boolean): boolean {
  const pp = prev < 0 ? -1 : posOf(prev);
  const cp = posOf(cur);
  if (last && (cp === 0 || cp === 1)) return false;
  if (pp === 0 || pp === 1) return (cp === 1 || cp === 2) && typeOf(cur) === typeOf(prev);
  return cp !== 1 && cp !== 2;
}

/** Converts IOB/IOB2 tags ("B-PER", "I-PER", "O") into BILOU label indexes. */
export function bilouFromIob(tags: readonly string[]): number[] {
  const types = tags.map((t) => (t === 'O' ? -1 : ENTITY_TYPES.indexOf(t.slice(2) as EntityType)));
  const begins = tags.map((t, i) => t !== 'O' && (t.startsWith('B-') || i === 0 || types[i - 1] !== types[i]));
  return types.map((type, i) => {
    if (type < 0) return 0;
    const startsHere = begins[i]!;
    const endsHere = i + 1 >= tags.length || types[i + 1] !== type || begins[i + 1]!;
    const pos = startsHere && endsHere ? 3 : startsHere ? 0 : endsHere ? 2 : 1;
    return labelOf(type, pos);
  });
}

/** Token spans [start, end) with their type index from a well-formed BILOU sequence. */
export function spansFromLabels(labels: readonly number[]): { start: number; end: number; type: number }[] {
  const out: { start: number; end: number; type: number }[] = [];
  let open = -1;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    const p = posOf(l);
    if (p === 3) out.push({ start: i, end: i + 1, type: typeOf(l) });
    else if (p === 0) open = i;
    else if (p === 2 && open >= 0) {
      out.push({ start: open, end: i + 1, type: typeOf(l) });
      open = -1;
    } else if (p < 0) open = -1;
  }
  return out;
}

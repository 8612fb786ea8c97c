import { nameTokens, simpleLower, tokensSure } from './name-tokens';

/** What the `entity_names` index holds, for the entities whose words this process can tell exactly. */
export interface NameWords {
  /** Every distinct word, sorted, so the words starting with a prefix are one run. */
  readonly words: readonly string[];
  /** Word `w`'s entries are `entries[start[w] .. start[w + 1]]`: entity index × 2, plus 1 for the alias field. */
  readonly start: Int32Array;
  readonly entries: Int32Array;
  /**
   * Entities with a piece of name or alias (between spaces) whose words are not sure (`tokensSure`): those pieces
   * lower-cased, one per line. Their sure pieces' words are in `words` like any other's.
   */
  readonly unsure: readonly { entity: number; text: string }[];
}

/** The two fields of `entity_names`: the name (0) and the aliases as one text (1). */
export interface NamedEntity {
  name: string;
  aliasText: string;
}

/** Indexes each entity's words by field, as the standard analyser does. */
export function buildNameWords(entities: readonly NamedEntity[]): NameWords {
  const byWord = new Map<string, number[]>();
  const unsure: { entity: number; text: string }[] = [];
  entities.forEach((e, i) => {
    const unsurePieces: string[] = [];
    [e.name, e.aliasText].forEach((text, field) => {
      // A space ends a word in both segmenters, so each piece between spaces is segmented on its own.
      const pieces = text.split(' ');
      unsurePieces.push(...pieces.filter((piece) => !tokensSure(piece)).map(simpleLower));
      for (const word of new Set(pieces.filter(tokensSure).flatMap(nameTokens))) {
        const list = byWord.get(word);
        if (list) list.push(i * 2 + field);
        else byWord.set(word, [i * 2 + field]);
      }
    });
    if (unsurePieces.length > 0) unsure.push({ entity: i, text: unsurePieces.join('\n') });
  });
  const words = [...byWord.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const start = new Int32Array(words.length + 1);
  const entries = new Int32Array(words.reduce((n, w) => n + (byWord.get(w)?.length ?? 0), 0));
  let at = 0;
  words.forEach((word, w) => {
    start[w] = at;
    for (const entry of byWord.get(word) ?? []) entries[at++] = entry;
  });
  start[words.length] = at;
  return { words, start, entries, unsure };
}

/** The first index in sorted `words` not below `prefix`. */
function lowerBound(words: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((words[mid] as string) < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The score each entity gets from the prefix query `prefix*` on both fields: Lucene rewrites a prefix to a constant
 * score of 1 per field matched, so 1 or 2. Undefined when an entity whose words are not sure might match.
 */
export function prefixScores(index: NameWords, typed: string): Map<number, number> | undefined {
  const prefix = simpleLower(typed);
  // Every word Lucene indexed is a piece of the lower-cased text, so a piece that does not hold the prefix gives no
  // word starting with it.
  if (index.unsure.some(({ text }) => text.includes(prefix))) return undefined;
  const fields = new Map<number, number>();
  for (let w = lowerBound(index.words, prefix); w < index.words.length; w++) {
    if (!(index.words[w] as string).startsWith(prefix)) break;
    for (let k = index.start[w] as number; k < (index.start[w + 1] as number); k++) {
      const entry = index.entries[k] as number;
      const entity = entry >> 1;
      fields.set(entity, (fields.get(entity) ?? 0) | (1 << (entry & 1)));
    }
  }
  const scores = new Map<number, number>();
  for (const [entity, bits] of fields) scores.set(entity, bits === 3 ? 2 : 1);
  return scores;
}

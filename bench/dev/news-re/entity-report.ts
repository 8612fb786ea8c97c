// NER coverage behind the news-relation figures: gold Peop/Org/Loc entities a compatible output entity covers.
import type { ExtractionResult } from '@newsgraph/schema';
import type { Sentence } from './conll04';
import { overlaps } from './score';

// The output types that can stand for a gold entity type.
const COMPATIBLE: Readonly<Record<string, readonly string[]>> = {
  Peop: ['Person'],
  Org: ['Organization', 'Country'],
  Loc: ['Location', 'Country'],
  Other: [],
};

/** Gold Peop/Org/Loc entities that a mention of an output entity of a compatible type overlaps (coverage, not alignment). */
export function entityReport(
  sentences: readonly Sentence[],
  byId: ReadonlyMap<string, ExtractionResult>,
): { c: Record<string, { found: number; gold: number }>; missed: string[] } {
  const c: Record<string, { found: number; gold: number }> = {};
  const missed: string[] = [];
  for (const s of sentences) {
    const entities = byId.get(s.id)?.entities ?? [];
    for (const g of s.entities) {
      if (g.type === 'Other') continue;
      const count = (c[g.type] ??= { found: 0, gold: 0 });
      count.gold++;
      const covers = (e: (typeof entities)[number]): boolean => e.mentions.some((m) => overlaps(m, g));
      const hit = entities.some((e) => (COMPATIBLE[g.type] ?? []).includes(e.type) && covers(e));
      if (hit) count.found++;
      else {
        const other = entities.find(covers);
        missed.push(
          `${g.type} ${JSON.stringify(g.text)}${other ? ` as ${other.type} ${JSON.stringify(other.name)}` : ''}  | ${s.text}`,
        );
      }
    }
  }
  return { c, missed };
}

import { AmbiguousNameSchema, type AmbiguousName, type AmbiguousNameQuery } from '@newsgraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { likeliestCandidate } from '../resolution/decide';
import { candidatesByKey } from '../resolution/resolve-names';

// Short forms some article's mentions still stand as: resolution left them apart.
const UNRESOLVED = `
MATCH ()-[m:MENTIONS]->(e:Person) WHERE m.shortKey IS NOT NULL AND m.sourceId = e.id
RETURN DISTINCT e.id AS id, e.name AS name, e.mentionCount AS mentionCount, e.articleCount AS articleCount, m.shortKey AS key`;

const RowSchema = z.object({
  id: z.string(),
  name: z.string(),
  mentionCount: z.number(),
  articleCount: z.number(),
  key: z.string(),
});

/** Short person names that two or more people in the graph bear, most mentioned first, each with the override that would settle it. */
export async function ambiguousNames(tx: ManagedTransaction, query: AmbiguousNameQuery): Promise<AmbiguousName[]> {
  const rows = (await tx.run(UNRESOLVED)).records.map((r) => RowSchema.parse(r.toObject()));
  const candidates = await candidatesByKey(tx, [...new Set(rows.map((r) => r.key))]);
  const items: AmbiguousName[] = [];
  for (const { key, ...entity } of rows) {
    const found = candidates.get(key) ?? [];
    const unique = [...new Map(found.map((c) => [c.id, c])).values()];
    const best = likeliestCandidate(unique);
    if (unique.length < 2 || !best) continue;
    const ordered = [...unique].sort(
      (a, b) => b.ownMentions - a.ownMentions || b.articleCount - a.articleCount || a.id.localeCompare(b.id),
    );
    items.push(
      AmbiguousNameSchema.parse({
        entity,
        candidates: ordered.map((c) => ({
          id: c.id,
          name: c.name,
          mentionCount: c.ownMentions,
          articleCount: c.articleCount,
          titles: c.titles,
        })),
        override: { merge: [{ from: [entity.id], into: { id: best.id, name: best.name } }] },
      }),
    );
  }
  items.sort((a, b) => b.entity.mentionCount - a.entity.mentionCount || a.entity.id.localeCompare(b.entity.id));
  return items.slice(0, query.limit);
}

import { GraphStatsSchema, type GraphStats } from '@newsgraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';

/** One row per label or relationship type; zod checks the values below. */
interface TypeCount {
  type: string;
  n: unknown;
}

/** Counts that tell an analyst what the graph holds; `newsgraph stats --json` prints them. */
export async function graphStats(tx: ManagedTransaction): Promise<GraphStats> {
  const articles = await tx.run('MATCH (a:Article) RETURN count(a) AS n');
  const entities = await tx.run<TypeCount>('MATCH (e:Entity) RETURN e.type AS type, count(e) AS n ORDER BY type');
  const relations = await tx.run<TypeCount>(`MATCH (:Entity)-[r]->(:Entity) WHERE NOT type(r) IN ['SAID', 'ABOUT']
    RETURN type(r) AS type, count(r) AS n ORDER BY type`);
  const mentions = await tx.run('MATCH (:Article)-[m:MENTIONS]->(:Entity) RETURN coalesce(sum(m.count), 0) AS n');
  const quotes = await tx.run('MATCH (q:Quote) RETURN count(q) AS n');
  const first = (r: typeof articles): unknown => r.records[0]?.get('n') ?? 0;
  return GraphStatsSchema.parse({
    articles: first(articles),
    entities: Object.fromEntries(entities.records.map((r) => [r.get('type'), r.get('n')])),
    relations: Object.fromEntries(relations.records.map((r) => [r.get('type'), r.get('n')])),
    mentions: first(mentions),
    quotes: first(quotes),
  });
}

import { NewsgraphError, PREDICATES, RELATION_KEY_SEPARATOR } from '@newsgraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';

const DROP = `
UNWIND $keys AS key
WITH split(key, '${RELATION_KEY_SEPARATOR}') AS part
MATCH (s:Entity {id: part[0]})-[r]->(o:Entity {id: part[2]}) WHERE type(r) = part[1]
DELETE r`;

// A claim whose two ends became one entity ("Biden" said of "Joe Biden") supports no relation, but stays.
const SUPPORT = `
UNWIND $keys AS key
MATCH (c:Claim {key: key}) WHERE c.subject <> c.object
RETURN c.subject AS subject, c.predicate AS predicate, c.object AS object, sum(c.sentenceCount) AS sentenceCount,
       count(DISTINCT c.articleId) AS articleCount, max(c.confidence) AS confidence, min(c.seen) AS firstSeen,
       max(c.seen) AS lastSeen, min(c.title) AS title`;

const CREATE = (type: string): string => `
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject}), (o:Entity {id: row.object})
CREATE (s)-[r:${type}]->(o)
SET r.sentenceCount = row.sentenceCount, r.articleCount = row.articleCount, r.confidence = row.confidence,
    r.firstSeen = row.firstSeen, r.lastSeen = row.lastSeen, r.title = row.title`;

/** Recomputes the relations with these keys from their claims, the per-article record of what supports them. */
export async function rebuildRelations(tx: ManagedTransaction, keys: readonly string[]): Promise<void> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return;
  await tx.run(DROP, { keys: unique });
  const support = await tx.run(SUPPORT, { keys: unique });
  const byType = new Map<string, Record<string, unknown>[]>();
  for (const record of support.records) {
    const row = record.toObject();
    const type = String(row['predicate']);
    byType.set(type, [...(byType.get(type) ?? []), row]);
  }
  for (const [type, rows] of byType) {
    if (!(PREDICATES as readonly string[]).includes(type))
      throw new NewsgraphError('BAD_INPUT', `unknown predicate "${type}"`);
    await tx.run(CREATE(type), { rows });
  }
}

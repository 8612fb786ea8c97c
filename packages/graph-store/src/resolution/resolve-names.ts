import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { resolveShortMention, type NameCandidate, type ShortMention } from './decide';
import { applyMoves, type Move } from './move-mentions';
import { refreshPeople } from './refresh-entities';

const CANDIDATES = `
UNWIND $keys AS k
CALL (k) {
  MATCH (e:Person {lastKey: k}) RETURN e, 'last' AS side
  UNION
  MATCH (e:Person {firstKey: k}) RETURN e, 'first' AS side
}
RETURN k AS key, e.id AS id, e.name AS name, side, coalesce(e.ownMentions, 0) AS ownMentions,
       coalesce(e.articleCount, 0) AS articleCount, coalesce(e.titles, []) AS titles`;

const SHORT_MENTIONS = `
UNWIND $keys AS k
MATCH (a:Article)-[m:MENTIONS]->(e:Entity) WHERE m.shortKey = k
RETURN k AS key, a.id AS articleId, m.sourceId AS sourceId, e.id AS node, coalesce(m.titles, []) AS titles`;

const CandidateRowSchema = z.object({
  key: z.string(),
  id: z.string(),
  name: z.string(),
  side: z.enum(['first', 'last']),
  ownMentions: z.number(),
  articleCount: z.number(),
  titles: z.array(z.string()),
});
const ShortRowSchema = z.object({ key: z.string(), articleId: z.string(), sourceId: z.string(), node: z.string(), titles: z.array(z.string()) });

/** The full-named people each key may stand for, as the graph holds them now. */
export async function candidatesByKey(tx: ManagedTransaction, keys: readonly string[]): Promise<Map<string, NameCandidate[]>> {
  const byKey = new Map<string, NameCandidate[]>();
  const result = await tx.run(CANDIDATES, { keys: [...keys] });
  for (const record of result.records) {
    const { key, titles, ...candidate } = CandidateRowSchema.parse(record.toObject());
    byKey.set(key, [...(byKey.get(key) ?? []), { ...candidate, titles: [...titles].sort() }]);
  }
  return byKey;
}

/**
 * Re-decides, for every short person name with one of these keys ("biden"), which entity each article's
 * mentions of it belong to, and moves what changed; then refreshes the people touched. It runs after every
 * write and removal in the same transaction, and each decision reads only the set of names in the graph, so
 * the graph does not depend on the order articles arrive in.
 */
export async function resolvePeople(tx: ManagedTransaction, keys: readonly string[], touched: readonly string[]): Promise<void> {
  const unique = [...new Set(keys)].sort();
  // candidates' own titles and counts first, since decisions read them
  await refreshPeople(tx, touched);
  if (unique.length === 0) return;
  const candidates = await candidatesByKey(tx, unique);
  const shorts = await tx.run(SHORT_MENTIONS, { keys: unique });
  const moves: Move[] = [];
  for (const record of shorts.records) {
    const { node, ...mention }: ShortMention & { node: string } = ShortRowSchema.parse(record.toObject());
    const target = resolveShortMention(mention, candidates.get(mention.key) ?? []);
    if (target !== node) moves.push({ articleId: mention.articleId, sourceId: mention.sourceId, target });
  }
  const changed = await applyMoves(tx, moves);
  await refreshPeople(tx, changed);
}

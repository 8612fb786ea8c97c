import { relationKey, RelationSupportSchema, type RelationSupport, type RelationSupportQuery } from '@newsgraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { IN_PERIOD, periodParams } from './claims';

// Per relation: its two entities, then every claim in the period, latest first, with the article that made it.
const SUPPORT = `
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
MATCH (s:Entity {id: k.subject}), (o:Entity {id: k.object})
CALL (k) {
  MATCH (c:Claim {key: k.key}) WHERE ${IN_PERIOD}
  OPTIONAL MATCH (a:Article {id: c.articleId})
  WITH c, a ORDER BY c.seen DESC, c.articleId
  WITH collect({c: c, a: a}) AS rows, count(DISTINCT c.articleId) AS articles,
       coalesce(sum(c.sentenceCount), 0) AS sentences, coalesce(max(c.confidence), 0.0) AS confidence,
       collect(DISTINCT coalesce(a.publisher, a.source)) AS outlets, collect(DISTINCT c.title) AS titles,
       min(c.seen) AS firstSeen, max(c.seen) AS lastSeen
  WITH *, reduce(cited = [], row IN rows | cited + [t IN row.c.evidence | {c: row.c, a: row.a, t: t}]) AS sentencesCited
  RETURN articles, sentences, confidence, outlets, titles, firstSeen, lastSeen, size(sentencesCited) AS evidenceCount,
         [x IN sentencesCited[..toInteger($evidence)] | {articleId: x.c.articleId, text: x.t, title: x.a.title,
           publisher: x.a.publisher, source: x.a.source, publishedAt: x.a.publishedAt, url: x.a.url}] AS evidence
}
RETURN k.key AS key, {id: s.id, name: s.name, type: s.type} AS subject, k.predicate AS predicate,
       {id: o.id, name: o.name, type: o.type} AS object, sentences AS sentenceCount, articles AS articleCount,
       outlets, confidence, titles, firstSeen, lastSeen, evidence, evidenceCount
ORDER BY i`;

/**
 * What backs each of the given relations in a period (the evidence pack's cards): how many sentences, articles and
 * outlets, the best confidence, and its sentences cited with title, outlet, date and URL, latest first. Relations
 * whose entities are gone are left out; one with no claim in the period comes back with zero support.
 */
export async function relationSupport(tx: ManagedTransaction, query: RelationSupportQuery): Promise<RelationSupport[]> {
  const keys = query.relations.map((r) => ({ ...r, key: relationKey(r.subject, r.predicate, r.object) }));
  const result = await tx.run(SUPPORT, { keys, evidence: query.evidence, ...periodParams(query) });
  return result.records.map((record) => RelationSupportSchema.parse(record.toObject()));
}

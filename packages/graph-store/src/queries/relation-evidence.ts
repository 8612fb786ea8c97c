import {
  NewsgraphError,
  relationKey,
  RelationEvidenceSchema,
  type RelationEvidence,
  type RelationEvidenceQuery,
} from '@newsgraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { CITED, IN_PERIOD, periodParams } from './claims';

// The predicate is a validated member of the ontology, never raw input, so it may name the relationship type.
// Totals read every claim in the period once; only the asked page of sentences is joined to its articles' metadata.
const EVIDENCE = (predicate: string): string => `
MATCH (s:Entity {id: $subject})-[:${predicate}]->(o:Entity {id: $object})
WITH s, o LIMIT 1
CALL () {
  MATCH (c:Claim {key: $key}) WHERE ${IN_PERIOD}
  OPTIONAL MATCH (a:Article {id: c.articleId})
  RETURN count(DISTINCT c.articleId) AS articles, coalesce(sum(c.sentenceCount), 0) AS sentences,
         coalesce(max(c.confidence), 0.0) AS confidence, collect(DISTINCT coalesce(a.publisher, a.source)) AS outlets,
         collect(DISTINCT c.title) AS titles, min(c.seen) AS firstSeen, max(c.seen) AS lastSeen,
         coalesce(sum(size(c.evidence)), 0) AS evidenceCount
}
CALL () {
  MATCH (c:Claim {key: $key}) WHERE ${IN_PERIOD}
  WITH c ORDER BY c.seen DESC, c.articleId
  UNWIND c.evidence AS t
  WITH c, t SKIP toInteger($offset) LIMIT toInteger($limit)
  OPTIONAL MATCH (a:Article {id: c.articleId})
  RETURN collect(${CITED}) AS evidence
}
RETURN $key AS key, {id: s.id, name: s.name, type: s.type} AS subject, $predicate AS predicate,
       {id: o.id, name: o.name, type: o.type} AS object, sentences AS sentenceCount, articles AS articleCount,
       outlets, confidence, titles, firstSeen, lastSeen, evidence, evidenceCount`;

/**
 * One relation's support in a period (sentences, articles, outlets, best confidence, first and last date) and a
 * page of its sentences, latest first, each cited with its article; NOT_FOUND when the graph has no such relation.
 */
export async function relationEvidence(
  tx: ManagedTransaction,
  query: RelationEvidenceQuery,
): Promise<RelationEvidence> {
  const offset = query.offset ?? 0;
  const result = await tx.run(EVIDENCE(query.predicate), {
    subject: query.subject,
    predicate: query.predicate,
    object: query.object,
    key: relationKey(query.subject, query.predicate, query.object),
    offset,
    limit: query.limit,
    ...periodParams(query),
  });
  const row = result.records[0];
  if (!row) {
    const what = `${query.subject} ${query.predicate} ${query.object}`;
    throw new NewsgraphError('NOT_FOUND', `no relation ${what}`);
  }
  const support = row.toObject();
  const evidenceCount = Number(support['evidenceCount']);
  const next = offset + query.limit;
  return RelationEvidenceSchema.parse({
    ...support,
    offset,
    limit: query.limit,
    nextOffset: next < evidenceCount ? next : null,
  });
}

import { PREDICATES } from '@newsgraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';

// Relations first: they are found through the entities the article mentions.
const TAKE_OUT_RELATIONS = `
UNWIND $ids AS id
MATCH (:Article {id: id})-[:MENTIONS]->(:Entity)-[r]->(:Entity)
WHERE type(r) IN $predicates AND id IN r.articleIds
WITH r, collect(DISTINCT id) AS gone
WITH r, [i IN range(0, size(r.articleIds) - 1) WHERE NOT r.articleIds[i] IN gone] AS keep,
        [i IN range(0, size(r.evidenceArticleIds) - 1) WHERE NOT r.evidenceArticleIds[i] IN gone] AS keepEvidence
WITH r, keep, keepEvidence,
     [i IN keep | r.articleSentenceCounts[i]] AS counts, [i IN keep | r.articleConfidences[i]] AS confidences,
     [i IN keep | r.articleSeen[i]] AS seen
SET r.articleIds = [i IN keep | r.articleIds[i]], r.articleSentenceCounts = counts,
    r.articleConfidences = confidences, r.articleSeen = seen,
    r.evidenceArticleIds = [i IN keepEvidence | r.evidenceArticleIds[i]],
    r.evidenceTexts = [i IN keepEvidence | r.evidenceTexts[i]],
    r.articleCount = size(keep), r.sentenceCount = reduce(n = 0, c IN counts | n + c),
    r.confidence = reduce(m = 0.0, c IN confidences | CASE WHEN c > m THEN c ELSE m END),
    r.firstSeen = reduce(m = null, s IN seen | CASE WHEN m IS NULL OR s < m THEN s ELSE m END),
    r.lastSeen = reduce(m = null, s IN seen | CASE WHEN m IS NULL OR s > m THEN s ELSE m END)
WITH r WHERE size(r.articleIds) = 0
DELETE r`;

const TAKE_OUT_QUOTES = `
UNWIND $ids AS id
MATCH (q:Quote {articleId: id})
DETACH DELETE q`;

const TAKE_OUT_MENTIONS = `
UNWIND $ids AS id
MATCH (:Article {id: id})-[m:MENTIONS]->(e:Entity)
WITH e, sum(m.count) AS mentions, count(m) AS articles, collect(m) AS links
FOREACH (link IN links | DELETE link)
SET e.mentionCount = e.mentionCount - mentions, e.articleCount = e.articleCount - articles
WITH e
OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
WITH e, min(coalesce(a.publishedAt, a.ingestedAt)) AS firstSeen, max(coalesce(a.publishedAt, a.ingestedAt)) AS lastSeen,
     collect(coalesce(m.aliases, [])) AS aliasLists
WITH e, firstSeen, lastSeen,
     reduce(acc = [], list IN aliasLists | reduce(inner = acc, x IN list | CASE WHEN x IN inner THEN inner ELSE inner + x END)) AS aliases
SET e.firstSeen = firstSeen, e.lastSeen = lastSeen, e.aliases = aliases, e.aliasText = reduce(s = '', x IN aliases | s + ' ' + x)
WITH e WHERE e.articleCount <= 0
DETACH DELETE e`;

const DELETE_ARTICLES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
DETACH DELETE a`;

/** Takes articles and everything they contributed out of the graph, counts and support included. */
export async function removeArticles(tx: ManagedTransaction, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const params = { ids, predicates: [...PREDICATES] };
  await tx.run(TAKE_OUT_RELATIONS, params);
  await tx.run(TAKE_OUT_QUOTES, params);
  await tx.run(TAKE_OUT_MENTIONS, params);
  await tx.run(DELETE_ARTICLES, params);
}

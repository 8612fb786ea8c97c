import type { ManagedTransaction } from 'neo4j-driver';
import { searchFieldsCypher } from './search-fields';

// An article's claims say exactly what it added to each relation; the rest is recomputed from the other claims.
const TAKE_OUT_RELATIONS = `
MATCH (c:Claim) WHERE c.articleId IN $ids
WITH c.key AS key, c.subject AS subject, c.predicate AS predicate, c.object AS object,
     sum(c.sentenceCount) AS sentences, count(c) AS articles
MATCH (:Entity {id: subject})-[r]->(:Entity {id: object}) WHERE type(r) = predicate
OPTIONAL MATCH (rest:Claim {key: key}) WHERE NOT rest.articleId IN $ids
WITH r, sentences, articles, max(rest.confidence) AS confidence, min(rest.seen) AS firstSeen, max(rest.seen) AS lastSeen,
     count(rest) AS remaining, min(rest.title) AS title
SET r.sentenceCount = r.sentenceCount - sentences, r.articleCount = r.articleCount - articles,
    r.confidence = coalesce(confidence, 0.0), r.firstSeen = firstSeen, r.lastSeen = lastSeen, r.title = title
WITH r, remaining WHERE remaining = 0
DELETE r`;

const DELETE_CLAIMS = `
MATCH (c:Claim) WHERE c.articleId IN $ids
DELETE c`;

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
SET ${searchFieldsCypher('e')}
WITH e WHERE e.articleCount <= 0
DETACH DELETE e`;

const DELETE_ARTICLES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
DETACH DELETE a`;

const PEOPLE = `
UNWIND $ids AS id
MATCH (:Article {id: id})-[m:MENTIONS]->(e:Person)
RETURN collect(DISTINCT e.id) + collect(DISTINCT m.sourceId) AS people`;

/**
 * Takes articles and everything they contributed out of the graph, counts and support included; returns the
 * people they mentioned (entity and extractor ids), whose resolution across articles the caller re-decides.
 */
export async function removeArticles(tx: ManagedTransaction, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const params = { ids };
  const people = ((await tx.run(PEOPLE, params)).records[0]?.get('people') as (string | null)[] | undefined) ?? [];
  await tx.run(TAKE_OUT_RELATIONS, params);
  await tx.run(DELETE_CLAIMS, params);
  await tx.run(TAKE_OUT_QUOTES, params);
  await tx.run(TAKE_OUT_MENTIONS, params);
  await tx.run(DELETE_ARTICLES, params);
  return people.filter((id): id is string => id !== null);
}

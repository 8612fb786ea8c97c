import {
  ArticleSummarySchema,
  EntityDetailsSchema,
  EntityRelationSchema,
  NewsgraphError,
  PREDICATES,
  EntityQuoteSchema,
  type EntityDetails,
  type EntityDetailsQuery,
  type RelationGroup,
} from '@newsgraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { claimKey, EVIDENCE_OF, periodParams } from './claims';
import { RELATION_TYPES } from './graph-elements';

/** The most relations one entity's page lists, best supported first. */
export const RELATION_CAP = 1000;

const ENTITY = `MATCH (e:Entity {id: $id})
RETURN e.id AS id, e.name AS name, e.type AS type, e.kind AS kind, coalesce(e.aliases, []) AS aliases,
       coalesce(e.mentionCount, 0) AS mentionCount, coalesce(e.articleCount, 0) AS articleCount,
       e.firstSeen AS firstSeen, e.lastSeen AS lastSeen`;

// Both directions in one pass; `s` and `o` stay the relation's own subject and object for its claim key.
const RELATIONS = `
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r:${RELATION_TYPES}]->(x:Entity) RETURN r, x, 'out' AS direction, e AS s, x AS o
  UNION
  MATCH (e)<-[r:${RELATION_TYPES}]-(x:Entity) RETURN r, x, 'in' AS direction, x AS s, e AS o
}
WITH r, x, direction, s, o ORDER BY r.articleCount DESC, r.confidence DESC, x.id LIMIT ${RELATION_CAP + 1}
CALL (s, r, o) {
  MATCH (c:Claim {key: ${claimKey('s', 'r', 'o')}}) OPTIONAL MATCH (a:Article {id: c.articleId})
  RETURN count(DISTINCT coalesce(a.publisher, a.source)) AS outletCount
}
${EVIDENCE_OF('s', 'r', 'o')}
RETURN type(r) AS predicate, direction, {id: x.id, name: x.name, type: x.type} AS other,
       coalesce(r.sentenceCount, 0) AS sentenceCount, coalesce(r.articleCount, 0) AS articleCount, outletCount,
       coalesce(r.confidence, 0.0) AS confidence, r.title AS title, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen,
       evidence`;

const ARTICLE_FIELDS = `a.id AS id, a.title AS title, a.url AS url, a.author AS author, a.publisher AS publisher,
  a.source AS source, a.publishedAt AS publishedAt, a.ingestedAt AS ingestedAt`;

// Several of an article's mentions may point at one entity once resolution merged them, hence the sum.
const ARTICLES = `
MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: $id})
WITH a, sum(m.count) AS mentionCount
RETURN ${ARTICLE_FIELDS}, mentionCount
ORDER BY coalesce(a.publishedAt, a.ingestedAt, '') DESC, a.id LIMIT toInteger($articles)`;

const QUOTES = `
MATCH (e:Entity {id: $id})-[:SAID]->(q:Quote)
OPTIONAL MATCH (q)-[:ABOUT]->(x:Entity)
WITH e, q, x ORDER BY x.id
WITH e, q, collect(x) AS others
RETURN q.id AS id, q.text AS text, q.articleId AS articleId, {id: e.id, name: e.name, type: e.type} AS speaker,
       [y IN others | {id: y.id, name: y.name, type: y.type}] AS about
ORDER BY q.articleId, q.id LIMIT toInteger($quotes)`;

const RowSchema = EntityRelationSchema.extend({
  predicate: z.enum(PREDICATES),
  direction: z.enum(['out', 'in']),
});

/** Groups relations by predicate (in the ontology's order) and direction (outgoing first), keeping their order. */
function group(rows: z.infer<typeof RowSchema>[]): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  for (const { predicate, direction, ...relation } of rows) {
    const key = `${predicate}|${direction}`;
    const found = groups.get(key) ?? { predicate, direction, relations: [] };
    found.relations.push(relation);
    groups.set(key, found);
  }
  const rank = (g: RelationGroup): number => PREDICATES.indexOf(g.predicate) * 2 + (g.direction === 'out' ? 0 : 1);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

/** Everything the graph holds about one entity: its relations with support and evidence, its articles, its quotes. */
export async function entityDetails(
  tx: ManagedTransaction,
  id: string,
  query: EntityDetailsQuery,
): Promise<EntityDetails> {
  const params = { id, ...query, ...periodParams({}) };
  // All four sent at once (the driver pipelines them in the one transaction); the three after the first find
  // nothing for an unknown id.
  const [found, relationRows, articleRows, quoteRows] = await Promise.all([
    tx.run(ENTITY, { id }),
    tx.run(RELATIONS, params),
    tx.run(ARTICLES, params),
    tx.run(QUOTES, params),
  ]);
  const entity = found.records[0];
  if (!entity) throw new NewsgraphError('NOT_FOUND', `no entity with id "${id}"`);
  const relations = relationRows.records.map((r) => RowSchema.parse(r.toObject()));
  const articles = articleRows.records.map((r) =>
    ArticleSummarySchema.extend({ mentionCount: z.number() }).parse(r.toObject()),
  );
  const quotes = quoteRows.records.map((r) => EntityQuoteSchema.parse(r.toObject()));
  return EntityDetailsSchema.parse({
    entity: entity.toObject(),
    relations: group(relations.slice(0, RELATION_CAP)),
    relationsTruncated: relations.length > RELATION_CAP,
    articles,
    quotes,
  });
}

import {
  GraphEdgeSchema,
  GraphNodeSchema,
  NewsgraphError,
  PREDICATES,
  relationKeyCypher,
  type GraphElements,
  type GraphQuery,
} from '@newsgraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';

const RELATION_TYPES = PREDICATES.join('|');

const NODE_FIELDS = `{id: n.id, label: n.name, type: n.type, mentionCount: coalesce(n.mentionCount, 0),
  articleCount: coalesce(n.articleCount, 0)}`;

// depth is a validated 1 or 2; Cypher cannot take a path length as a parameter.
const NEIGHBOURS = (depth: number): string => `
MATCH (focus:Entity {id: $focus})
OPTIONAL MATCH p = (focus)-[:${RELATION_TYPES}*1..${depth}]-(n:Entity)
WHERE n <> focus
WITH focus, n, min(length(p)) AS distance
ORDER BY distance, n.mentionCount DESC
WITH focus, [x IN collect(n) WHERE x IS NOT NULL][..$limit] AS neighbours
RETURN [n IN [focus] + neighbours | ${NODE_FIELDS}] AS nodes`;

const EDGES = `
MATCH (s:Entity)-[r:${RELATION_TYPES}]->(o:Entity)
WHERE s.id IN $ids AND o.id IN $ids
RETURN elementId(r) AS id, s.id AS source, o.id AS target, type(r) AS predicate, type(r) AS label,
       coalesce(r.confidence, 0.0) AS confidence, coalesce(r.sentenceCount, 0) AS sentenceCount,
       coalesce(r.articleCount, 0) AS articleCount,
       reduce(acc = [], c IN COLLECT { MATCH (c:Claim {key: ${relationKeyCypher('s.id', 'type(r)', 'o.id')}}) RETURN c ORDER BY c.seen DESC LIMIT 5 } |
              acc + [t IN c.evidence | {articleId: c.articleId, text: t}])[..5] AS evidence
LIMIT 5000`;

/** An entity and its neighbours up to `depth` hops, as Cytoscape elements with each edge's evidence. */
export async function neighbourhood(tx: ManagedTransaction, query: GraphQuery): Promise<GraphElements> {
  const depth = query.depth === 2 ? 2 : 1;
  const result = await tx.run(NEIGHBOURS(depth), { focus: query.focus, limit: query.limit - 1 });
  const record = result.records[0];
  if (!record) throw new NewsgraphError('NOT_FOUND', `no entity with id "${query.focus}"`);
  const nodes = (record.get('nodes') as Record<string, unknown>[]).map((data) =>
    GraphNodeSchema.parse({ data: { ...data, focus: data['id'] === query.focus } }),
  );
  const ids = nodes.map((node) => node.data.id);
  const edgeResult = await tx.run(EDGES, { ids });
  const edges = edgeResult.records.map((r) => GraphEdgeSchema.parse({ data: r.toObject() }));
  return { nodes, edges };
}

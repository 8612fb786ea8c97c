import { NewsgraphError, type GraphElements, type GraphQuery } from '@newsgraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { periodParams, SUPPORT_OF } from './claims';
import { nodesOf, RELATION_TYPES, RETURN_EDGE, toEdges } from './graph-elements';

/** The most edges one view carries; past it the view is flagged truncated. */
export const EDGE_CAP = 5000;
const EVIDENCE_PER_EDGE = 5;

// Relationship types come from the ontology (or the validated `predicates` filter), never from raw input.
const types = (query: GraphQuery): string => (query.predicates ?? []).join('|') || RELATION_TYPES;

const PASSES = `articles >= $minSupport AND confidence >= $minConfidence`;

// One breadth-first ring: the unseen neighbours of the frontier over edges that pass the filters, most mentioned first.
const RING = (query: GraphQuery): string => `
UNWIND $frontier AS fid
MATCH (f:Entity {id: fid})-[r:${types(query)}]-(n:Entity)
WHERE NOT n.id IN $seen AND ($types IS NULL OR n.type IN $types)
WITH startNode(r) AS s, r, endNode(r) AS o, n
${SUPPORT_OF('s', 'r', 'o', query)}
WITH n, articles, confidence WHERE ${PASSES}
WITH DISTINCT n
RETURN n.id AS id ORDER BY n.mentionCount DESC, n.id LIMIT toInteger($take)`;

const EDGES = (query: GraphQuery): string => `
MATCH (s:Entity)-[r:${types(query)}]->(o:Entity)
WHERE s.id IN $ids AND o.id IN $ids
${SUPPORT_OF('s', 'r', 'o', query)}
WITH s, r, o, articles, sentences, confidence WHERE ${PASSES}
WITH s, r, o, articles, sentences, confidence ORDER BY articles DESC, confidence DESC LIMIT ${EDGE_CAP + 1}
${RETURN_EDGE}`;

/**
 * An entity and its neighbours up to `depth` hops over the edges that pass the filters, nearest and most
 * mentioned first, capped at `limit` nodes; `truncated` says when the cap left nodes or edges out.
 */
export async function neighbourhood(tx: ManagedTransaction, query: GraphQuery): Promise<GraphElements> {
  const found = await tx.run('MATCH (f:Entity {id: $focus}) RETURN f.id AS id', { focus: query.focus });
  if (found.records.length === 0) throw new NewsgraphError('NOT_FOUND', `no entity with id "${query.focus}"`);
  const params = {
    ...periodParams(query),
    types: query.types ?? null,
    minSupport: query.minSupport ?? 1,
    minConfidence: query.minConfidence ?? 0,
    evidence: EVIDENCE_PER_EDGE,
  };
  const seen = [query.focus];
  let frontier = [query.focus];
  let truncated = false;
  for (let ring = 1; ring <= query.depth && frontier.length > 0 && !truncated; ring += 1) {
    const room = query.limit - seen.length;
    const result = await tx.run(RING(query), { ...params, frontier, seen, take: room + 1 });
    const ids = result.records.map((record) => String(record.get('id')));
    truncated = ids.length > room;
    frontier = ids.slice(0, room);
    seen.push(...frontier);
  }
  // Both sent at once: the driver pipelines them in the one transaction, saving a round trip.
  const [nodes, edgeRows] = await Promise.all([
    nodesOf(tx, seen, query.focus),
    tx.run(EDGES(query), { ...params, ids: seen }),
  ]);
  const edges = toEdges(edgeRows.records);
  if (edges.length > EDGE_CAP) return { nodes, edges: edges.slice(0, EDGE_CAP), truncated: true };
  return { nodes, edges, truncated };
}

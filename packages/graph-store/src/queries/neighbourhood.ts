import { NewsgraphError, type GraphElements, type GraphQuery } from '@newsgraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { periodParams, SUPPORT_OF } from './claims';
import { EDGE_FIELDS, NODE_FIELDS, RELATION_TYPES, toEdges, toNodes } from './graph-elements';

/** The most edges one view carries, the best supported first; past it the view is flagged truncated. */
export const EDGE_CAP = 2000;

// Relationship types come from the ontology (or the validated `predicates` filter), never from raw input.
const types = (query: GraphQuery): string => (query.predicates ?? []).join('|') || RELATION_TYPES;

// With no support filter and no period, every stored relation passes, so its properties need not be read at all.
const filtered = (query: GraphQuery): boolean =>
  query.minSupport !== undefined || query.minConfidence !== undefined || Boolean(query.since || query.until);

const PASSES = (query: GraphQuery, carry: string): string =>
  filtered(query)
    ? `${SUPPORT_OF('s', 'r', 'o', query)}
  WITH ${carry}, articles, confidence WHERE articles >= $minSupport AND confidence >= $minConfidence`
    : '';

// One breadth-first ring: the unseen neighbours of the frontier over edges that pass the filters, most mentioned
// first (the caller keeps as many as there is room for, and a cut when more were found); nothing once a ring was cut.
const RING = (query: GraphQuery): string => `
CALL (seen, frontier, cut) {
  WITH seen, frontier, cut WHERE NOT cut
  UNWIND frontier AS x
  MATCH (x)-[r:${types(query)}]-(n:Entity)
  WHERE NOT n IN seen AND ($types IS NULL OR n.type IN $types)
  WITH startNode(r) AS s, r, endNode(r) AS o, n${PASSES(query, 'n')}
  WITH DISTINCT n ORDER BY n.mentionCount DESC, n.id
  RETURN collect(n) AS found
}
WITH seen, cut, found, $limit - size(seen) AS room
WITH seen + found[..room] AS seen, found[..room] AS frontier, cut OR size(found) > room AS cut`;

// The view's nodes in ring order, then the edges among them that pass the filters, best supported first.
const VIEW = (query: GraphQuery): string => `
MATCH (f:Entity {id: $focus})
WITH [f] AS seen, [f] AS frontier, false AS cut
${Array.from({ length: query.depth }, () => RING(query)).join('\n')}
CALL (seen) {
  UNWIND seen AS s
  MATCH (s)-[r:${types(query)}]->(o:Entity) WHERE o IN seen
  ${SUPPORT_OF('s', 'r', 'o', query)}
  WITH s, r, o, articles, sentences, confidence, firstSeen, lastSeen WHERE articles >= $minSupport AND confidence >= $minConfidence
  WITH s, r, o, articles, sentences, confidence, firstSeen, lastSeen ORDER BY articles DESC, confidence DESC, elementId(r)
  LIMIT ${EDGE_CAP + 1}
  RETURN collect(${EDGE_FIELDS}) AS edges
}
RETURN [n IN seen | ${NODE_FIELDS}] AS nodes, edges, cut`;

const ViewRowSchema = z.object({ nodes: z.array(z.unknown()), edges: z.array(z.unknown()), cut: z.boolean() });

/**
 * An entity and its neighbours up to `depth` hops over the edges that pass the filters, nearest and most
 * mentioned first, capped at `limit` nodes and EDGE_CAP edges; `truncated` says when a cap left nodes or edges out.
 * One query, so a view costs one round trip.
 */
export async function neighbourhood(tx: ManagedTransaction, query: GraphQuery): Promise<GraphElements> {
  const result = await tx.run(VIEW(query), {
    ...periodParams(query),
    focus: query.focus,
    types: query.types ?? null,
    minSupport: query.minSupport ?? 1,
    minConfidence: query.minConfidence ?? 0,
    limit: query.limit,
  });
  const record = result.records[0];
  if (!record) throw new NewsgraphError('NOT_FOUND', `no entity with id "${query.focus}"`);
  const row = ViewRowSchema.parse(record.toObject());
  const nodes = toNodes(row.nodes, query.focus);
  const edges = toEdges(row.edges);
  if (edges.length > EDGE_CAP) return { nodes, edges: edges.slice(0, EDGE_CAP), truncated: true };
  return { nodes, edges, truncated: row.cut };
}

import { NewsgraphError, PathListSchema, type PathList, type PathQuery } from '@newsgraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { periodParams, SUPPORT_OF } from './claims';
import {
  EVIDENCE_OF_EDGE,
  NODE_FIELDS,
  PATH_EDGE_FIELDS,
  RELATION_TYPES,
  toNodes,
  toPathEdges,
} from './graph-elements';

const EVIDENCE_PER_HOP = 3;

// k and maxLength are validated small integers: Cypher takes neither as a parameter here. One query answers the
// whole request (ends, paths, their nodes, their hops with evidence), so it costs one round trip.
const PATHS = (k: number, maxLength: number): string => `
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
  MATCH p = SHORTEST ${k} (a)-[:${RELATION_TYPES}]-{1,${maxLength}}(b)
  WITH p ORDER BY length(p)
  RETURN collect({nodes: [n IN nodes(p) | n.id], edges: [r IN relationships(p) | elementId(r)], length: length(p)})
           AS paths,
         collect(nodes(p)) AS walked, collect(relationships(p)) AS crossed
}
CALL (walked) {
  UNWIND walked AS ns
  UNWIND ns AS n
  WITH DISTINCT n
  RETURN collect(${NODE_FIELDS}) AS nodes
}
CALL (crossed) {
  UNWIND crossed AS rs
  UNWIND rs AS r
  WITH DISTINCT r
  WITH startNode(r) AS s, r, endNode(r) AS o
  ${SUPPORT_OF('s', 'r', 'o', {})}
  ${EVIDENCE_OF_EDGE}
  RETURN collect(${PATH_EDGE_FIELDS}) AS edges
}
RETURN a IS NULL AS missingFrom, b IS NULL AS missingTo, paths, nodes, edges`;

const PathsRowSchema = z.object({
  missingFrom: z.boolean(),
  missingTo: z.boolean(),
  paths: z.array(z.unknown()),
  nodes: z.array(z.unknown()),
  edges: z.array(z.unknown()),
});

/** Up to k shortest paths between two entities over any relation, either direction, each hop with its evidence. */
export async function shortestPaths(tx: ManagedTransaction, query: PathQuery): Promise<PathList> {
  const result = await tx.run(PATHS(query.k, query.maxLength), {
    from: query.from,
    to: query.to,
    evidence: EVIDENCE_PER_HOP,
    ...periodParams({}),
  });
  const row = PathsRowSchema.parse(result.records[0]?.toObject());
  const missing = [row.missingFrom ? query.from : null, row.missingTo ? query.to : null].filter((id) => id !== null);
  if (missing.length > 0) throw new NewsgraphError('NOT_FOUND', `no entity with id "${missing.join('", "')}"`);
  return PathListSchema.parse({
    paths: row.paths,
    elements: { nodes: toNodes(row.nodes, null), edges: toPathEdges(row.edges) },
  });
}

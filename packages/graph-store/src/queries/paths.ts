import {
  NewsgraphError,
  PathListSchema,
  type GraphNode,
  type PathEdge,
  type PathList,
  type PathQuery,
} from '@newsgraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { periodParams, SUPPORT_OF } from './claims';
import { EVIDENCE_OF_EDGE, nodesOf, PATH_EDGE_FIELDS, RELATION_TYPES, toPathEdges } from './graph-elements';

export const EVIDENCE_PER_HOP = 3;

// k and maxLength are validated small integers: Cypher takes neither as a parameter here.
const SHORTEST = (k: number, maxLength: number): string => `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST ${k} (a)-[:${RELATION_TYPES}]-{1,${maxLength}}(b)
RETURN [n IN nodes(p) | n.id] AS nodes, [r IN relationships(p) | elementId(r)] AS edges, length(p) AS length
ORDER BY length`;

const EDGES = `
UNWIND $edgeIds AS rid
MATCH (s:Entity)-[r]->(o:Entity) WHERE elementId(r) = rid
${SUPPORT_OF('s', 'r', 'o', {})}
${EVIDENCE_OF_EDGE}
RETURN ${PATH_EDGE_FIELDS} AS edge`;

const PathRowSchema = z.object({ nodes: z.array(z.string()), edges: z.array(z.string()), length: z.number() });
export type PathRow = z.infer<typeof PathRowSchema>;

function byItems(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * Shortest first, then by node ids, then by relation ids: `SHORTEST` lists paths of equal length in an order of its
 * own, so both Neo4j's answer and memory's are sorted this way.
 */
export const byLengthThenIds = (a: PathRow, b: PathRow): number =>
  a.length - b.length || byItems(a.nodes, b.nodes) || byItems(a.edges, b.edges);

/** The ids of the nodes and hops of `paths`, each once, in the order the paths meet them. */
export function pathElementIds(paths: readonly PathRow[]): { nodeIds: string[]; edgeIds: string[] } {
  return {
    nodeIds: [...new Set(paths.flatMap((path) => path.nodes))],
    edgeIds: [...new Set(paths.flatMap((path) => path.edges))],
  };
}

/** Nodes and hops from memory, in the order given; undefined when one is not there (written since). */
export interface KnownElements {
  nodes: (ids: string[]) => GraphNode[] | undefined;
  edges: (ids: string[], evidence: number) => PathEdge[] | undefined;
}

/**
 * Up to k shortest paths between two entities over any relation, either direction, each hop with its evidence. With
 * `known` (both ends known to exist), the ends are not looked up and nodes and hops come from memory: one query.
 */
export async function shortestPaths(
  tx: ManagedTransaction,
  query: PathQuery,
  known?: KnownElements,
): Promise<PathList> {
  if (!known) await checkEnds(tx, query);
  const result = await tx.run(SHORTEST(query.k, query.maxLength), { from: query.from, to: query.to });
  const paths = result.records.map((record) => PathRowSchema.parse(record.toObject())).sort(byLengthThenIds);
  const { nodeIds, edgeIds } = pathElementIds(paths);
  const readEdges = async (): Promise<PathEdge[]> => {
    const rows = await tx.run(EDGES, { edgeIds, evidence: EVIDENCE_PER_HOP, ...periodParams({}) });
    return toPathEdges(rows.records.map((record) => record.get('edge') as unknown));
  };
  // Both sent at once when neither is in memory: the driver pipelines them in the one transaction.
  const [nodes, edges] = await Promise.all([
    known?.nodes(nodeIds) ?? nodesOf(tx, nodeIds, null),
    known?.edges(edgeIds, EVIDENCE_PER_HOP) ?? readEdges(),
  ]);
  return PathListSchema.parse({ paths, elements: { nodes, edges } });
}

async function checkEnds(tx: ManagedTransaction, query: PathQuery): Promise<void> {
  const ends = await tx.run(
    'UNWIND [$from, $to] AS id OPTIONAL MATCH (e:Entity {id: id}) RETURN id, e IS NULL AS missing',
    {
      from: query.from,
      to: query.to,
    },
  );
  const missing = ends.records.filter((r) => r.get('missing') === true).map((r) => String(r.get('id')));
  if (missing.length > 0) throw new NewsgraphError('NOT_FOUND', `no entity with id "${missing.join('", "')}"`);
}

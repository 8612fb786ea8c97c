import {
  GraphEdgeSchema,
  GraphNodeSchema,
  PathEdgeSchema,
  PREDICATES,
  type GraphEdge,
  type GraphNode,
  type PathEdge,
} from '@newsgraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { EVIDENCE_OF } from './claims';

/** Every relationship type that is a relation between entities (not SAID/ABOUT/MENTIONS). */
export const RELATION_TYPES = PREDICATES.join('|');

/** An entity `n` as a node's data (its `focus` mark is set in TypeScript). */
export const NODE_FIELDS = `{id: n.id, label: n.name, type: n.type, mentionCount: coalesce(n.mentionCount, 0),
  articleCount: coalesce(n.articleCount, 0)}`;

/** Parses node data read with NODE_FIELDS, marking `focus`. */
export const toNodes = (rows: unknown[], focus: string | null): GraphNode[] =>
  rows.map((data) => {
    const fields = data as Record<string, unknown>;
    return GraphNodeSchema.parse({ data: { ...fields, focus: fields['id'] === focus } });
  });

/** The nodes with these ids, in the order given; `focus` marks one of them. */
export async function nodesOf(tx: ManagedTransaction, ids: string[], focus: string | null): Promise<GraphNode[]> {
  const result = await tx.run(
    `UNWIND range(0, size($ids) - 1) AS i MATCH (n:Entity {id: $ids[i]}) RETURN ${NODE_FIELDS} AS data ORDER BY i`,
    { ids },
  );
  return toNodes(
    result.records.map((record) => record.get('data') as unknown),
    focus,
  );
}

const edgeFields = (extra: string): string => `{id: elementId(r), source: s.id, target: o.id, predicate: type(r),
  label: type(r), confidence: confidence, sentenceCount: sentences, articleCount: articles, firstSeen: firstSeen,
  lastSeen: lastSeen${extra}}`;

/** An edge's data, after `s`, `r`, `o` and their support (`SUPPORT_OF`) are bound; no sentences are read. */
export const EDGE_FIELDS = edgeFields('');

/** The latest `$evidence` sentences of the edge `r` from `s` to `o` with their articles (a path's hops); binds `evidence`. */
export const EVIDENCE_OF_EDGE = EVIDENCE_OF('s', 'r', 'o');

/** As EDGE_FIELDS, with the `evidence` that EVIDENCE_OF_EDGE bound. */
export const PATH_EDGE_FIELDS = edgeFields(', evidence: evidence');

/** Parses edge data read with EDGE_FIELDS. */
export const toEdges = (rows: unknown[]): GraphEdge[] => rows.map((data) => GraphEdgeSchema.parse({ data }));

/** Parses edge data read with PATH_EDGE_FIELDS. */
export const toPathEdges = (rows: unknown[]): PathEdge[] => rows.map((data) => PathEdgeSchema.parse({ data }));

import { GraphEdgeSchema, GraphNodeSchema, PREDICATES, type GraphEdge, type GraphNode } from '@newsgraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { EVIDENCE_OF } from './claims';

/** Every relationship type that is a relation between entities (not SAID/ABOUT/MENTIONS). */
export const RELATION_TYPES = PREDICATES.join('|');

const NODE_FIELDS = `{id: n.id, label: n.name, type: n.type, mentionCount: coalesce(n.mentionCount, 0),
  articleCount: coalesce(n.articleCount, 0)}`;

/** The nodes with these ids, in the order given; `focus` marks one of them. */
export async function nodesOf(tx: ManagedTransaction, ids: string[], focus: string | null): Promise<GraphNode[]> {
  const result = await tx.run(
    `UNWIND range(0, size($ids) - 1) AS i MATCH (n:Entity {id: $ids[i]}) RETURN ${NODE_FIELDS} AS data ORDER BY i`,
    { ids },
  );
  return result.records.map((record) => {
    const data = record.get('data') as Record<string, unknown>;
    return GraphNodeSchema.parse({ data: { ...data, focus: data['id'] === focus } });
  });
}

/**
 * The edge fields, after `s`, `r`, `o` and their support (`articles`, `sentences`, `confidence`) are bound;
 * evidence is read for each edge.
 */
export const RETURN_EDGE = `
${EVIDENCE_OF('s', 'r', 'o')}
RETURN elementId(r) AS id, s.id AS source, o.id AS target, type(r) AS predicate, type(r) AS label,
       confidence, sentences AS sentenceCount, articles AS articleCount, evidence`;

/** Parses the rows of a query ending in RETURN_EDGE. */
export const toEdges = (records: { toObject(): Record<string, unknown> }[]): GraphEdge[] =>
  records.map((record) => GraphEdgeSchema.parse({ data: record.toObject() }));

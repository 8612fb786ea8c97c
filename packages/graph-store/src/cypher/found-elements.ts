import { GraphEdgeSchema, GraphNodeSchema, PredicateSchema, relationKey, type GraphElements } from '@newsgraph/schema';
import type { FoundGraph } from './to-json';

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The entities and entity-to-entity relations a query returned, as Cytoscape elements keyed by stable entity ids. */
export function foundElements(found: FoundGraph): GraphElements {
  const entityIdOf = new Map<string, string>();
  const nodes = [...found.nodes.values()].flatMap((node) => {
    const properties: Record<string, unknown> = node.properties;
    const id = properties['id'];
    if (!node.labels.includes('Entity') || typeof id !== 'string') return [];
    entityIdOf.set(node.elementId, id);
    const parsed = GraphNodeSchema.safeParse({
      data: {
        id,
        label: properties['name'],
        type: properties['type'],
        mentionCount: Number(properties['mentionCount'] ?? 0),
        articleCount: Number(properties['articleCount'] ?? 0),
        focus: false,
      },
    });
    return parsed.success ? [parsed.data] : [];
  });
  const edges = [...found.relationships.values()].flatMap((relationship) => {
    const source = entityIdOf.get(relationship.startNodeElementId);
    const target = entityIdOf.get(relationship.endNodeElementId);
    const predicate = PredicateSchema.safeParse(relationship.type);
    if (!source || !target || !predicate.success) return [];
    const parsed = GraphEdgeSchema.safeParse({
      data: {
        id: relationKey(source, predicate.data, target),
        source,
        target,
        predicate: predicate.data,
        label: predicate.data,
        confidence: Number(relationship.properties['confidence'] ?? 0),
        sentenceCount: Number(relationship.properties['sentenceCount'] ?? 0),
        articleCount: Number(relationship.properties['articleCount'] ?? 0),
        firstSeen: stringOrNull(relationship.properties['firstSeen']),
        lastSeen: stringOrNull(relationship.properties['lastSeen']),
      },
    });
    return parsed.success ? [parsed.data] : [];
  });
  return { nodes, edges, truncated: false };
}

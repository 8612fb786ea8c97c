import type { ElementDefinition } from 'cytoscape';
import type { GraphElements } from '@newsgraph/schema';
import type { SizeBy } from './view-log';

const MIN_SIZE = 26;
const MAX_SIZE = 76;

/** Node diameters scale with the square root of mentions (or degree); edges widen with support and fade with doubt. */
export function toDefinitions(graph: GraphElements, sizeBy: SizeBy = 'mentions'): ElementDefinition[] {
  const degree = new Map<string, number>();
  for (const edge of graph.edges)
    for (const end of [edge.data.source, edge.data.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const measure = (node: GraphElements['nodes'][number]): number =>
    sizeBy === 'degree' ? (degree.get(node.data.id) ?? 0) : node.data.mentionCount;
  const max = Math.max(1, ...graph.nodes.map(measure));
  const nodes = graph.nodes.map((node) => ({
    group: 'nodes' as const,
    data: { ...node.data, size: MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(measure(node) / max) },
  }));
  const edges = graph.edges.map((edge) => ({
    group: 'edges' as const,
    data: {
      ...edge.data,
      width: Math.min(8, 1.5 + 1.5 * Math.log2(edge.data.articleCount)),
      opacity: 0.3 + 0.7 * Math.min(1, Math.max(0, edge.data.confidence)),
    },
  }));
  return [...nodes, ...edges];
}

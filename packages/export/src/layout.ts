import Graph from 'graphology';
import circular from 'graphology-layout/circular';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export type Positions = ReadonlyMap<string, { x: number; y: number }>;

/** The bare structure a layout needs: entity ids and who links to whom, nothing else kept in memory. */
export interface Topology {
  nodes: AsyncIterable<string>;
  edges: AsyncIterable<[source: string, target: string]>;
}

/**
 * ForceAtlas2 positions (graphology's), from a circle so the same graph always gets the same picture; fewer
 * iterations as the graph grows so the whole corpus still lays out in seconds.
 */
export async function forceAtlasPositions(topology: Topology): Promise<Positions> {
  const graph = new Graph({ type: 'undirected', multi: false });
  for await (const id of topology.nodes) graph.mergeNode(id);
  for await (const [source, target] of topology.edges) {
    if (source !== target && graph.hasNode(source) && graph.hasNode(target)) graph.mergeEdge(source, target);
  }
  if (graph.order === 0) return new Map();
  circular.assign(graph, { scale: 100 * Math.sqrt(graph.order) });
  const iterations = graph.order <= 1_000 ? 300 : graph.order <= 10_000 ? 100 : 40;
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 2_000 };
  forceAtlas2.assign(graph, { iterations, settings });
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, attributes) => positions.set(id, { x: Number(attributes['x']), y: Number(attributes['y']) }));
  return positions;
}

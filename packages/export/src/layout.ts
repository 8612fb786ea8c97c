import Graph from 'graphology';
import circular from 'graphology-layout/circular';
import forceAtlas2 from 'graphology-layout-forceatlas2';

/**
 * The most entities ForceAtlas2 lays out (the best connected; the others with relations join the ring), so a GEXF
 * export of any graph holds at most this many in memory for its picture.
 */
export const LAYOUT_CAP = 2000;

/** The most links the layout keeps among them, so a dense core cannot grow its memory either (2,000 can share millions). */
export const LAYOUT_LINK_CAP = 20_000;

/** Where an entity is drawn; a plain Map of positions is one too. */
export interface Positions {
  get(id: string): { x: number; y: number } | undefined;
}

/** The bare structure a layout needs: who links to whom (entities without a relation are placed from their id). */
export interface Topology {
  edges: AsyncIterable<[source: string, target: string]>;
}

/** How a layout runs: the links it keeps, the ForceAtlas2 passes for a graph of `order` entities, how far each moves. */
export interface LayoutSettings {
  linkCap: number;
  iterations: (order: number) => number;
  /** ForceAtlas2's slowDown; without it graphology's inferred 1 + ln(order), which needs many more passes to settle. */
  slowDown?: number;
  /** Above this many entities repulsion is approximated (Barnes-Hut), which makes a pass n log n instead of n². */
  barnesHutAbove: number;
}

/** An export's picture: as many passes as its size affords, at graphology's inferred pace. */
export const EXPORT_LAYOUT: LayoutSettings = {
  linkCap: LAYOUT_LINK_CAP,
  iterations: (order) => (order <= 1_000 ? 300 : order <= 10_000 ? 100 : 40),
  barnesHutAbove: 2_000,
};

/**
 * ForceAtlas2 positions (graphology's) for the entities linked by the topology's edges (the caller bounds the entities,
 * e.g. by LAYOUT_CAP; the first `linkCap` distinct links are kept), from a circle so the same links in the same order
 * always get the same picture; every other entity on a ring around them at a spot fixed by its id. Most entities of a
 * news graph have no relation, and laying them out too cost the whole corpus's export 140 MiB and most of its time.
 */
export async function forceAtlasPositions(
  topology: Topology,
  settings: Partial<LayoutSettings> = {},
): Promise<Positions> {
  const { linkCap, iterations, slowDown, barnesHutAbove } = { ...EXPORT_LAYOUT, ...settings };
  const graph = new Graph({ type: 'undirected', multi: false });
  for await (const [source, target] of topology.edges) {
    // Leaving the loop ends the stream, which closes the store's query rather than reading the rest unused.
    if (graph.size >= linkCap) break;
    if (source === target) continue;
    graph.mergeNode(source);
    graph.mergeNode(target);
    graph.mergeEdge(source, target);
  }
  const laidOut = new Map<string, { x: number; y: number }>();
  if (graph.order > 0) {
    circular.assign(graph, { scale: 100 * Math.sqrt(graph.order) });
    const inferred = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > barnesHutAbove };
    const passes = {
      iterations: iterations(graph.order),
      settings: { ...inferred, ...(slowDown ? { slowDown } : {}) },
    };
    forceAtlas2.assign(graph, passes);
    graph.forEachNode((id, attributes) => laidOut.set(id, { x: Number(attributes['x']), y: Number(attributes['y']) }));
  }
  const radius = ringRadius(laidOut);
  return { get: (id) => laidOut.get(id) ?? onRing(id, radius) };
}

/** Just outside the farthest laid-out entity from their centre, so the unrelated ones never cover the drawing. */
function ringRadius(positions: ReadonlyMap<string, { x: number; y: number }>): number {
  let farthest = 0;
  for (const { x, y } of positions.values()) farthest = Math.max(farthest, Math.hypot(x, y));
  return Math.max(100, farthest * 1.15);
}

/** A spot on a band around the drawing, the same for the same id in every export. */
function onRing(id: string, radius: number): { x: number; y: number } {
  const hash = fnv1a(id);
  const angle = ((hash & 0xffff) / 0x10000) * 2 * Math.PI;
  const distance = radius * (1 + 0.3 * ((hash >>> 16) / 0x10000));
  return { x: distance * Math.cos(angle), y: distance * Math.sin(angle) };
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

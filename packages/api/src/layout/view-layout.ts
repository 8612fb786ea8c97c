import { forceAtlasPositions, type LayoutSettings } from '@newsgraph/export';
import { VIEW_LAYOUT_MAX_EDGES, type ViewLayout, type ViewLayoutRequest } from '@newsgraph/schema';

/**
 * ForceAtlas2 passes for a view, whatever its size: at a pace of 1 (not graphology's inferred 1 + ln n) 20 passes drew
 * the 5,000-node, 10,000-edge bench view nearly as tight as 100 at the inferred pace (mean relation over mean distance
 * of two entities 0.32 against 0.31; 40 passes 0.27), so 30 cost under a third of the export's 100 (bench/README.md).
 */
export const VIEW_LAYOUT_PASSES = 30;

const VIEW_LAYOUT: LayoutSettings = {
  linkCap: VIEW_LAYOUT_MAX_EDGES,
  iterations: () => VIEW_LAYOUT_PASSES,
  slowDown: 1,
  barnesHutAbove: 500,
};

/** How long the median relation is drawn, in the viewer's pixels: about what fcose gives a small view (140). */
const LINK_LENGTH = 120;

async function* each<T>(items: readonly T[]): AsyncIterable<T> {
  for (const item of items) yield await Promise.resolve(item);
}

/** The view's relations as undirected pairs of ids, each once, sorted: the same view in any order lays out alike. */
function linksOf(view: ViewLayoutRequest): [string, string][] {
  const seen = new Map<string, [string, string]>();
  for (const [a, b] of view.edges) {
    const source = view.nodes[a];
    const target = view.nodes[b];
    if (source === undefined || target === undefined || source === target) continue;
    const pair: [string, string] = source < target ? [source, target] : [target, source];
    seen.set(`${pair[0]}\u0000${pair[1]}`, pair);
  }
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, pair]) => pair);
}

/**
 * Positions for a large view, computed once on the server instead of by fcose in the browser: the export's
 * ForceAtlas2 (from a circle, no randomness, so the same view always gets the same picture), scaled so the median
 * relation is `LINK_LENGTH` pixels long; entities without a relation go on a ring around the rest.
 */
export async function layOutView(view: ViewLayoutRequest): Promise<ViewLayout> {
  const links = linksOf(view);
  const positions = await forceAtlasPositions({ edges: each(links) }, VIEW_LAYOUT);
  const lengths = links
    .map(([source, target]) => {
      const from = positions.get(source);
      const to = positions.get(target);
      return from && to ? Math.hypot(from.x - to.x, from.y - to.y) : 0;
    })
    .sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  const scale = median > 0 ? LINK_LENGTH / median : 1;
  const out: ViewLayout['positions'] = {};
  for (const id of view.nodes) {
    const at = positions.get(id) ?? { x: 0, y: 0 };
    out[id] = [Math.round(at.x * scale), Math.round(at.y * scale)];
  }
  return { positions: out, iterations: links.length > 0 ? VIEW_LAYOUT_PASSES : 0 };
}

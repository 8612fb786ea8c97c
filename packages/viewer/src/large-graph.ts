import type { Core, LayoutOptions } from 'cytoscape';
import type { LayoutName } from './view-log';

/** Above this many elements the drawing trades detail while moving for frame rate. */
export const LARGE_VIEW = 1500;
/** Above this many elements edges are drawn plain (straight, no arrowheads): see `graphStyle`. */
export const PLAIN_EDGES = 5000;
/** Above this many elements fcose runs its draft pass only (its spectral step), which is near-linear. */
export const DRAFT_LAYOUT = 3000;
/**
 * Above this many elements a view laid out afresh with fcose gets the server's positions instead (ForceAtlas2,
 * `POST /api/layout`): the same picture for the same view, and no seconds of fcose in the page before the first draw.
 */
export const SERVER_LAYOUT = 3000;

/** Whether a fresh layout of this view comes from the server: the default layout (fcose) of a large view only. */
export function laidOutByServer(name: LayoutName, elementCount: number): boolean {
  return name === 'fcose' && elementCount > SERVER_LAYOUT;
}

/** Cytoscape.js's canvas renderer as it is, or with its experimental WebGL mode (3.31+). */
export type RendererName = 'canvas' | 'webgl';
export const DEFAULT_RENDERER: RendererName = 'canvas';

/** The renderer the address asks for (`?renderer=webgl`, for benchmarks and to try it), else the default. */
export function rendererFromAddress(search: string): RendererName {
  const asked = new URLSearchParams(search).get('renderer');
  return asked === 'webgl' || asked === 'canvas' ? asked : DEFAULT_RENDERER;
}

/** How edges are drawn: curved with arrowheads, or as plain straight lines. */
export type EdgeDrawing = 'detailed' | 'plain';

/**
 * Detailed edges up to `PLAIN_EDGES` elements, plain ones above: in a view that large a click redraws every edge
 * (Cytoscape drops its cached drawing whenever any element's look changes, as selecting one does), and arrowheads
 * are under a pixel at the zoom that fits it; the details panel still gives each relation's direction.
 */
export function edgeDrawing(elementCount: number): EdgeDrawing {
  return elementCount > PLAIN_EDGES ? 'plain' : 'detailed';
}

/** The renderer fields Cytoscape reads on every frame; its public options set them only at start-up. */
interface RendererFlags {
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
}

/**
 * Large views move a texture of the drawing while panned or zoomed (edges hidden too, for the frames drawn anew);
 * small views keep full detail. Measured at 5,000 elements (bench:viewer-render, three runs each of fcose and given
 * positions): with the texture 9–37 frames/s while dragging, with hidden edges alone 3–19.
 */
export function tuneRenderer(cy: Core, elementCount: number): void {
  const renderer = (cy as unknown as { renderer(): RendererFlags | undefined }).renderer();
  if (!renderer) return;
  renderer.hideEdgesOnViewport = elementCount > LARGE_VIEW;
  renderer.textureOnViewport = elementCount > LARGE_VIEW;
}

/** The layout to run, chosen by name and view size; `fixed` nodes keep their place, `fresh` starts from scratch. */
export function layoutOptions(
  name: LayoutName,
  elementCount: number,
  fixed: readonly string[],
  cy: Core,
  fresh: boolean,
): LayoutOptions {
  const common = { animate: false, padding: 50, fit: fresh } as const;
  if (name === 'fcose') {
    const constraint = fixed.map((id) => ({ nodeId: id, position: cy.getElementById(id).position() }));
    return {
      name: 'fcose',
      ...common,
      quality: elementCount > DRAFT_LAYOUT ? 'draft' : 'default',
      randomize: fresh,
      nodeDimensionsIncludeLabels: elementCount < LARGE_VIEW,
      idealEdgeLength: () => 140,
      nodeRepulsion: () => 12000,
      ...(constraint.length > 0 ? { fixedNodeConstraint: constraint } : {}),
    } as LayoutOptions;
  }
  if (name === 'concentric')
    return { name, ...common, concentric: (node) => node.degree(false), levelWidth: () => 2, minNodeSpacing: 30 };
  if (name === 'breadthfirst') {
    const roots = cy.nodes('[?focus]');
    return { name, ...common, directed: false, spacingFactor: 1.2, ...(roots.nonempty() ? { roots } : {}) };
  }
  return { name: 'grid', ...common, avoidOverlap: true };
}

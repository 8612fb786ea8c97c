/** A node as the fit sees it: its centre and its diameter. */
export interface NodeExtent {
  x: number;
  y: number;
  size: number;
}

/** Where the view looks: Cytoscape's zoom and pan. */
export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/**
 * The zoom and pan that show every node inside a `width` × `height` screen with `padding` around, from positions and
 * sizes alone: Cytoscape's own fit measures every element's bounding box with labels, which styles and measures
 * thousands of elements before the first frame (seconds at 15,000); labels that small are not drawn anyway.
 */
export function fitViewport(
  nodes: readonly NodeExtent[],
  width: number,
  height: number,
  padding: number,
  zoomRange: { min: number; max: number },
): Viewport | null {
  if (nodes.length === 0 || width <= 0 || height <= 0) return null;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const { x, y, size } of nodes) {
    const half = size / 2;
    x1 = Math.min(x1, x - half);
    y1 = Math.min(y1, y - half);
    x2 = Math.max(x2, x + half);
    y2 = Math.max(y2, y + half);
  }
  const across = Math.max(x2 - x1, 1);
  const down = Math.max(y2 - y1, 1);
  const fitted = Math.min((width - 2 * padding) / across, (height - 2 * padding) / down);
  const zoom = Math.min(zoomRange.max, Math.max(zoomRange.min, fitted));
  return {
    zoom,
    pan: { x: (width - zoom * (x1 + x2)) / 2, y: (height - zoom * (y1 + y2)) / 2 },
  };
}

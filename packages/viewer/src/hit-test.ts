/** A node as the hit test sees it: its centre and its drawn width and height, in graph coordinates. */
export interface HitNode {
  id: string;
  x: number;
  y: number;
  size: number;
}

/** An edge drawn as a straight line between two centres, and its drawn width. */
export interface HitEdge {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
}

export type Hit = { kind: 'node' | 'edge'; id: string };

/** Slack around an element, in screen pixels, the same as Cytoscape's own hit test gives a mouse pointer. */
const NODE_SLACK_PX = 2;
const EDGE_SLACK_PX = 8;

/** Squared distance from a point to the segment between two others. */
function squaredDistanceToSegment(px: number, py: number, edge: HitEdge): number {
  const dx = edge.x2 - edge.x1;
  const dy = edge.y2 - edge.y1;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - edge.x1) * dx + (py - edge.y1) * dy) / length));
  const x = edge.x1 + t * dx - px;
  const y = edge.y1 + t * dy - py;
  return x * x + y * y;
}

/**
 * What a pointer at (x, y) in graph coordinates reaches at `zoom`: the last (topmost) node whose box holds it, else
 * the nearest edge within its half-width and the slack; nodes first, as Cytoscape gives them precedence.
 */
export function hitAt(
  x: number,
  y: number,
  zoom: number,
  nodes: Iterable<HitNode>,
  edges: Iterable<HitEdge>,
): Hit | null {
  const nodeSlack = NODE_SLACK_PX / zoom;
  let node: string | null = null;
  for (const candidate of nodes) {
    const half = candidate.size / 2 + nodeSlack;
    if (Math.abs(x - candidate.x) <= half && Math.abs(y - candidate.y) <= half) node = candidate.id;
  }
  if (node !== null) return { kind: 'node', id: node };
  const edgeSlack = EDGE_SLACK_PX / zoom;
  let edge: string | null = null;
  let best = Infinity;
  for (const candidate of edges) {
    const reach = candidate.width / 2 + edgeSlack;
    const distance = squaredDistanceToSegment(x, y, candidate);
    if (distance <= reach * reach && distance <= best) {
      best = distance;
      edge = candidate.id;
    }
  }
  return edge === null ? null : { kind: 'edge', id: edge };
}

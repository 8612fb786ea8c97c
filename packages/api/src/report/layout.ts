/** A point of the picture. */
export interface Point {
  x: number;
  y: number;
}

/**
 * Rings around a root: each entity on the ring of its hop distance, near the entities that brought it there so links
 * stay short and cross less; entities not linked to the root go on an outer ring. Deterministic, so a rebuilt pack
 * looks the same.
 */
export function ringLayout(
  ids: string[],
  links: [string, string][],
  root: string | undefined,
  radius: number,
): Map<string, Point> {
  const neighbours = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const [a, b] of links) {
    neighbours.get(a)?.push(b);
    neighbours.get(b)?.push(a);
  }
  const ring = new Map<string, number>();
  const rings: string[][] = [];
  if (root !== undefined && neighbours.has(root)) {
    ring.set(root, 0);
    rings.push([root]);
    for (let frontier = [root]; frontier.length > 0;) {
      const next = [...new Set(frontier.flatMap((id) => neighbours.get(id) ?? []))].filter((id) => !ring.has(id));
      for (const id of next) ring.set(id, rings.length);
      if (next.length > 0) rings.push(next);
      frontier = next;
    }
  }
  const loose = ids.filter((id) => !ring.has(id));
  if (loose.length > 0) rings.push(loose);
  const angle = new Map<string, number>();
  const at = new Map<string, Point>();
  const step = rings.length > 1 ? radius / (rings.length - 1) : radius;
  rings.forEach((members, depth) => {
    const r = depth === 0 && members.length === 1 ? 0 : Math.max(depth, 1) * step;
    const wish = (id: string): number | undefined => (depth === 0 ? undefined : wanted(id, neighbours, angle));
    for (const [id, theta] of spread(members, wish)) {
      angle.set(id, theta);
      at.set(id, { x: r * Math.cos(theta), y: r * Math.sin(theta) });
    }
  });
  return at;
}

/** Where an entity would like to stand: the mean direction of its neighbours already placed, if any. */
function wanted(id: string, neighbours: Map<string, string[]>, angle: Map<string, number>): number | undefined {
  const known = (neighbours.get(id) ?? []).map((n) => angle.get(n)).filter((a): a is number => a !== undefined);
  if (known.length === 0) return undefined;
  // A mean of directions, so neighbours at 350° and 10° pull towards 0°, not 180°.
  const y = known.reduce((sum, a) => sum + Math.sin(a), 0);
  const x = known.reduce((sum, a) => sum + Math.cos(a), 0);
  return Math.atan2(y, x);
}

/**
 * Angles on one ring: each member near where it wants to stand, in that order, at least a fair share of the circle
 * (or a label's width) apart; members with no wish follow the others.
 */
function spread(members: string[], wish: (id: string) => number | undefined): [string, number][] {
  const gap = Math.min((2 * Math.PI) / members.length, 0.45);
  const wishes = members
    .map((id) => ({ id, at: wish(id) }))
    .sort((a, b) => (a.at ?? Infinity) - (b.at ?? Infinity) || a.id.localeCompare(b.id));
  if (wishes.every((w) => w.at === undefined)) {
    return wishes.map((w, i) => [w.id, (2 * Math.PI * i) / members.length - Math.PI / 2]);
  }
  const placed: [string, number][] = [];
  let last = -Infinity;
  for (const { id, at } of wishes) {
    const theta = Math.max(at ?? last + gap, last + gap);
    placed.push([id, theta]);
    last = theta;
  }
  const first = placed[0]?.[1] ?? 0;
  // Pushed all the way round onto the first: a crowded ring, so share it evenly in the same order.
  if (last > first + 2 * Math.PI - gap) {
    return placed.map(([id], i) => [id, first + (2 * Math.PI * i) / placed.length]);
  }
  return placed;
}

import type { ViewLayoutRequest } from '@newsgraph/schema';
import { layOutView, VIEW_LAYOUT_PASSES } from './view-layout';

/** Two triangles joined by one relation, and an entity with no relation. */
const VIEW: ViewLayoutRequest = {
  nodes: ['a', 'b', 'c', 'd', 'e', 'f', 'lone'],
  edges: [
    [0, 1],
    [1, 2],
    [2, 0],
    [3, 4],
    [4, 5],
    [5, 3],
    [2, 3],
  ],
};

const distance = (p: [number, number] | undefined, q: [number, number] | undefined): number =>
  p && q ? Math.hypot(p[0] - q[0], p[1] - q[1]) : Number.NaN;

describe('layOutView', () => {
  it('places every entity, the same every time, whatever the order and direction of what it is given', async () => {
    const first = await layOutView(VIEW);
    expect(Object.keys(first.positions).sort()).toEqual([...VIEW.nodes].sort());
    expect(first.iterations).toBe(VIEW_LAYOUT_PASSES);
    expect(await layOutView(VIEW)).toEqual(first);
    const reversed = [...VIEW.nodes].reverse();
    const at = (id: string | undefined): number => reversed.indexOf(id ?? '');
    const shuffled: ViewLayoutRequest = {
      nodes: reversed,
      edges: [...VIEW.edges].reverse().map(([s, t]) => [at(VIEW.nodes[t]), at(VIEW.nodes[s])]),
    };
    expect((await layOutView(shuffled)).positions).toEqual(first.positions);
  });

  it('keeps each triangle together, apart from the other, and the entity without relations outside them', async () => {
    const { positions } = await layOutView(VIEW);
    const within = distance(positions['a'], positions['b']);
    expect(distance(positions['a'], positions['e'])).toBeGreaterThan(within);
    const centre = (['a', 'b', 'c', 'd', 'e', 'f'] as const).map((id): [number, number] => positions[id] ?? [0, 0]);
    const mid: [number, number] = [
      centre.reduce((sum, [x]) => sum + x, 0) / centre.length,
      centre.reduce((sum, [, y]) => sum + y, 0) / centre.length,
    ];
    const farthest = Math.max(...centre.map((p) => distance(p, mid)));
    expect(distance(positions['lone'], mid)).toBeGreaterThan(farthest);
  });

  it('draws the median relation about as long as fcose would (120 px), whatever ForceAtlas2 scaled it to', async () => {
    const { positions } = await layOutView(VIEW);
    const lengths = VIEW.edges
      .map(([s, t]) => distance(positions[VIEW.nodes[s] ?? ''], positions[VIEW.nodes[t] ?? '']))
      .sort((x, y) => x - y);
    expect(lengths[3]).toBeGreaterThan(115);
    expect(lengths[3]).toBeLessThan(125);
  });

  it('lays out a view without relations on a ring, with no passes', async () => {
    const layout = await layOutView({ nodes: ['x', 'y'], edges: [] });
    expect(layout.iterations).toBe(0);
    expect(layout.positions['x']).not.toEqual(layout.positions['y']);
  });
});

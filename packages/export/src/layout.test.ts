import { forceAtlasPositions } from './layout';

async function* from<T>(items: T[]): AsyncIterable<T> {
  for (const item of items) yield await Promise.resolve(item);
}

const distance = (p: { x: number; y: number } | undefined): number => (p ? Math.hypot(p.x, p.y) : Number.NaN);

describe('forceAtlasPositions', () => {
  const edges: [string, string][] = [
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'a'],
    ['c', 'd'],
  ];

  it('places entities without relations outside the drawing of the related ones, the same spot every time', async () => {
    const positions = await forceAtlasPositions({ edges: from(edges) });
    const again = await forceAtlasPositions({ edges: from(edges) });
    const farthest = Math.max(...['a', 'b', 'c', 'd'].map((id) => distance(positions.get(id))));
    for (const lone of ['x', 'y', 'person:someone-else']) {
      expect(distance(positions.get(lone))).toBeGreaterThan(farthest);
      expect(again.get(lone)).toEqual(positions.get(lone));
    }
    expect(positions.get('x')).not.toEqual(positions.get('y'));
    expect(again.get('a')).toEqual(positions.get('a'));
  });

  it('gives the related entities distinct positions', async () => {
    const positions = await forceAtlasPositions({ edges: from(edges) });
    const spots = new Set(['a', 'b', 'c', 'd'].map((id) => JSON.stringify(positions.get(id))));
    expect(spots.size).toBe(4);
  });

  it('places everyone on the ring when there is no relation at all', async () => {
    const positions = await forceAtlasPositions({ edges: from([]) });
    expect(distance(positions.get('x'))).toBeGreaterThanOrEqual(100);
  });

  it('keeps only the first links up to its cap and stops reading the stream there', async () => {
    let closed = false;
    async function* links(): AsyncGenerator<[string, string]> {
      try {
        yield* from(edges);
      } finally {
        closed = true;
      }
    }
    const capped = await forceAtlasPositions({ edges: links() }, { linkCap: 2 });
    expect(closed).toBe(true);
    // a-b and b-c are laid out; d, linked only by the fourth edge, goes on the ring outside them
    const farthest = Math.max(...['a', 'b', 'c'].map((id) => distance(capped.get(id))));
    expect(distance(capped.get('d'))).toBeGreaterThanOrEqual(farthest * 1.15);
    expect((await forceAtlasPositions({ edges: from(edges) })).get('d')).not.toEqual(capped.get('d'));
  });
});

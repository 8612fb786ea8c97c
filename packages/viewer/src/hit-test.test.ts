import { hitAt, type HitEdge, type HitNode } from './hit-test';

const nodes: HitNode[] = [
  { id: 'left', x: 0, y: 0, size: 20 },
  { id: 'right', x: 100, y: 0, size: 20 },
  { id: 'over-right', x: 108, y: 0, size: 20 },
];
const edges: HitEdge[] = [
  { id: 'left|MET|right', x1: 0, y1: 0, x2: 100, y2: 0, width: 2 },
  { id: 'left|MET|below', x1: 0, y1: 0, x2: 0, y2: 100, width: 2 },
];

describe('what a pointer reaches in a large view', () => {
  it('is a node whose box holds the point, the one drawn last where two overlap', () => {
    expect(hitAt(5, -9, 1, nodes, edges)).toEqual({ kind: 'node', id: 'left' });
    expect(hitAt(104, 0, 1, nodes, edges)).toEqual({ kind: 'node', id: 'over-right' });
    expect(hitAt(92, 0, 1, nodes, edges)).toEqual({ kind: 'node', id: 'right' });
  });

  it('is otherwise the nearest edge within a few screen pixels, fewer graph units when zoomed in', () => {
    expect(hitAt(50, 6, 1, nodes, edges)).toEqual({ kind: 'edge', id: 'left|MET|right' });
    expect(hitAt(3, 60, 1, nodes, edges)).toEqual({ kind: 'edge', id: 'left|MET|below' });
    expect(hitAt(50, 6, 4, nodes, edges)).toBeNull();
    // Past an edge's end there is no edge, however close its line would pass.
    expect(hitAt(0, 130, 1, nodes, edges)).toBeNull();
  });

  it('is nothing in empty space', () => {
    expect(hitAt(50, 40, 1, nodes, edges)).toBeNull();
    expect(hitAt(50, 40, 1, [], [])).toBeNull();
  });
});

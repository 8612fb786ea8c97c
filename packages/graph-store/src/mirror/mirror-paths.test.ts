import { buildMirror } from './mirror-data';
import type { MirrorEntity, MirrorRelation } from './mirror-load';
import { mirrorPathRows } from './mirror-paths';

const entity = (id: string): MirrorEntity => ({
  id,
  name: id,
  type: 'Person',
  aliases: [],
  aliasText: '',
  mentionCount: 1,
  articleCount: 1,
  kind: null,
  firstSeen: null,
  lastSeen: null,
  lone: false,
  keys: [id],
  words: [id],
  ranked: true,
});

const relation = (id: string, source: string, target: string): MirrorRelation => ({
  id,
  source,
  target,
  predicate: 'MET_WITH',
  articles: 1,
  sentences: 1,
  confidence: 0.5,
  title: null,
  firstSeen: null,
  lastSeen: null,
});

// a - b twice (r1, r2), b - c, a - d - c, and e alone.
const data = buildMirror('tx1', ['a', 'b', 'c', 'd', 'e'].map(entity), [
  relation('r1', 'a', 'b'),
  relation('r2', 'b', 'a'),
  relation('r3', 'b', 'c'),
  relation('r4', 'a', 'd'),
  relation('r5', 'c', 'd'),
]);

describe('paths from memory, as SHORTEST k finds them', () => {
  it('gives the shortest trails first, either direction, sorted by node then relation ids', () => {
    expect(mirrorPathRows(data, { from: 'a', to: 'c', maxLength: 2, k: 3 })).toEqual([
      { nodes: ['a', 'b', 'c'], edges: ['r1', 'r3'], length: 2 },
      { nodes: ['a', 'b', 'c'], edges: ['r2', 'r3'], length: 2 },
      { nodes: ['a', 'd', 'c'], edges: ['r4', 'r5'], length: 2 },
    ]);
  });

  it('takes longer trails that pass a node twice but never a relation twice, and none past maxLength', () => {
    const shortest = mirrorPathRows(data, { from: 'a', to: 'c', maxLength: 2, k: 3 }) ?? [];
    expect(mirrorPathRows(data, { from: 'a', to: 'c', maxLength: 4, k: 5 })).toEqual([
      ...shortest,
      { nodes: ['a', 'b', 'a', 'd', 'c'], edges: ['r1', 'r2', 'r4', 'r5'], length: 4 },
      { nodes: ['a', 'b', 'a', 'd', 'c'], edges: ['r2', 'r1', 'r4', 'r5'], length: 4 },
    ]);
    expect(mirrorPathRows(data, { from: 'a', to: 'b', maxLength: 3, k: 4 })).toEqual([
      { nodes: ['a', 'b'], edges: ['r1'], length: 1 },
      { nodes: ['a', 'b'], edges: ['r2'], length: 1 },
      { nodes: ['a', 'd', 'c', 'b'], edges: ['r4', 'r5', 'r3'], length: 3 },
    ]);
  });

  it('keeps the first of equally short trails by node, then relation ids, when there is no room for all', () => {
    expect(mirrorPathRows(data, { from: 'a', to: 'c', maxLength: 4, k: 2 })).toEqual([
      { nodes: ['a', 'b', 'c'], edges: ['r1', 'r3'], length: 2 },
      { nodes: ['a', 'b', 'c'], edges: ['r2', 'r3'], length: 2 },
    ]);
    expect(mirrorPathRows(data, { from: 'a', to: 'c', maxLength: 4, k: 4 })).toEqual([
      { nodes: ['a', 'b', 'c'], edges: ['r1', 'r3'], length: 2 },
      { nodes: ['a', 'b', 'c'], edges: ['r2', 'r3'], length: 2 },
      { nodes: ['a', 'd', 'c'], edges: ['r4', 'r5'], length: 2 },
      { nodes: ['a', 'b', 'a', 'd', 'c'], edges: ['r1', 'r2', 'r4', 'r5'], length: 4 },
    ]);
  });

  it('orders by all the nodes first, then by the relations', () => {
    // a - b twice (r9, r1); b - c1 - z and b - c2 - z: both node sequences pass a - b by either relation.
    const forked = buildMirror('tx2', ['a', 'b', 'c1', 'c2', 'z'].map(entity), [
      relation('r9', 'a', 'b'),
      relation('r1', 'b', 'a'),
      relation('r5', 'b', 'c1'),
      relation('r6', 'b', 'c2'),
      relation('r7', 'c1', 'z'),
      relation('r8', 'z', 'c2'),
    ]);
    expect(mirrorPathRows(forked, { from: 'a', to: 'z', maxLength: 3, k: 3 })).toEqual([
      { nodes: ['a', 'b', 'c1', 'z'], edges: ['r1', 'r5', 'r7'], length: 3 },
      { nodes: ['a', 'b', 'c1', 'z'], edges: ['r9', 'r5', 'r7'], length: 3 },
      { nodes: ['a', 'b', 'c2', 'z'], edges: ['r1', 'r6', 'r8'], length: 3 },
    ]);
  });

  it('leaves to Neo4j a trail that could cross a relation from an entity to itself, and answers no path at once', () => {
    const looped = buildMirror('tx3', ['a', 'b', 'c', 'd', 'e'].map(entity), [
      relation('r1', 'a', 'b'),
      relation('r3', 'b', 'c'),
      relation('r0', 'b', 'b'),
    ]);
    expect(mirrorPathRows(looped, { from: 'a', to: 'c', maxLength: 3, k: 1 })).toEqual([
      { nodes: ['a', 'b', 'c'], edges: ['r1', 'r3'], length: 2 },
    ]);
    expect(mirrorPathRows(looped, { from: 'a', to: 'c', maxLength: 3, k: 2 })).toBeUndefined();
    expect(mirrorPathRows(data, { from: 'a', to: 'e', maxLength: 4, k: 3 })).toEqual([]);
    expect(mirrorPathRows(data, { from: 'a', to: 'a', maxLength: 4, k: 3 })).toBeUndefined();
  });
});

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

  it('leaves to Neo4j a choice among equally short paths, and answers no path at once', () => {
    expect(mirrorPathRows(data, { from: 'a', to: 'c', maxLength: 4, k: 2 })).toBeUndefined();
    expect(mirrorPathRows(data, { from: 'a', to: 'c', maxLength: 4, k: 4 })).toBeUndefined();
    expect(mirrorPathRows(data, { from: 'a', to: 'e', maxLength: 4, k: 3 })).toEqual([]);
    expect(mirrorPathRows(data, { from: 'a', to: 'a', maxLength: 4, k: 3 })).toBeUndefined();
  });
});

import type { GraphElements } from '@newsgraph/schema';
import { toDefinitions } from './graph-definitions';

const node = (id: string, mentionCount: number, focus = false) => ({
  data: { id, label: id, type: 'Person' as const, mentionCount, articleCount: 1, focus },
});
const edge = (id: string, articleCount: number, confidence = 0.9) => ({
  data: {
    id,
    source: 'a',
    target: 'b',
    predicate: 'MET_WITH' as const,
    label: 'met with',
    confidence,
    sentenceCount: 1,
    articleCount,
    firstSeen: null,
    lastSeen: null,
  },
});

describe('toDefinitions', () => {
  const graph: GraphElements = {
    nodes: [node('a', 100, true), node('b', 25), node('c', 0)],
    edges: [edge('e1', 1, 0), edge('e2', 2, 0.5), edge('e3', 3, 1), edge('e100', 100)],
    truncated: false,
  };
  const defs = toDefinitions(graph);
  const data = (id: string) => defs.find((d) => d.data.id === id)?.data as Record<string, unknown>;

  it('keeps every node and edge with its data, grouped for Cytoscape', () => {
    expect(defs.map((d) => [d.group, d.data.id])).toEqual([
      ['nodes', 'a'],
      ['nodes', 'b'],
      ['nodes', 'c'],
      ['edges', 'e1'],
      ['edges', 'e2'],
      ['edges', 'e3'],
      ['edges', 'e100'],
    ]);
    expect(data('a')).toMatchObject(graph.nodes[0]!.data);
    expect(data('e3')).toMatchObject(graph.edges[2]!.data);
  });

  it('sizes nodes by the square root of their share of the most mentions, from 26 to 76', () => {
    expect([data('a')['size'], data('b')['size'], data('c')['size']]).toEqual([76, 51, 26]);
  });

  it('widens edges with the log of their supporting articles, up to 8, and fades them with doubt', () => {
    expect(['e1', 'e2', 'e100'].map((id) => data(id)['width'])).toEqual([1.5, 3, 8]);
    const opacity = ['e1', 'e2', 'e3'].map((id) => Number(data(id)['opacity']).toFixed(3));
    expect(opacity).toEqual(['0.300', '0.650', '1.000']);
  });

  it('sizes by degree in the view when asked', () => {
    const byDegree = toDefinitions(graph, 'degree');
    const size = (id: string): unknown => byDegree.find((d) => d.data.id === id)?.data['size'];
    expect([size('a'), size('b'), size('c')]).toEqual([76, 76, 26]);
  });

  it('gives every node the smallest size when nothing is mentioned', () => {
    expect(toDefinitions({ nodes: [node('x', 0)], edges: [], truncated: false })[0]?.data['size']).toBe(26);
  });
});

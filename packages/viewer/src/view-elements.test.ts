import type { GraphElements } from '@newsgraph/schema';
import { combine, edgeKey, ElementCache, rekey } from './view-elements';
import { NO_FILTERS, replay } from './view-log';

const node = (id: string, type: 'Person' | 'Country' = 'Person') => ({
  data: { id, label: id, type, mentionCount: 1, articleCount: 1, focus: false },
});
const edge = (source: string, target: string, articleCount = 1, confidence = 0.9) => ({
  data: {
    id: `5:db:${source}${target}`,
    source,
    target,
    predicate: 'MET_WITH' as const,
    label: 'MET_WITH',
    confidence,
    sentenceCount: 1,
    articleCount,
    firstSeen: null,
    lastSeen: null,
  },
});
const graph = (nodes: string[], edges: ReturnType<typeof edge>[]): GraphElements => ({
  nodes: nodes.map((id) => node(id)),
  edges,
  truncated: false,
});

describe('combine', () => {
  it('unites sources under stable edge keys, marks the subject and drops hidden nodes with their edges', () => {
    const a = rekey(graph(['x', 'y'], [edge('x', 'y')]));
    const b = rekey(graph(['y', 'z'], [edge('y', 'z')]));
    const state = replay([
      { a: 'open', id: 'x' },
      { a: 'hide', ids: ['z'] },
    ]);
    const out = combine(state, [a, b], 'x');
    expect(out.nodes.map((n) => [n.data.id, n.data.focus])).toEqual([
      ['x', true],
      ['y', false],
    ]);
    expect(out.edges.map((e) => e.data.id)).toEqual(['x|MET_WITH|y']);
    expect(edgeKey(a.edges[0]!)).toBe('x|MET_WITH|y');
  });

  it('applies support, confidence and type filters to every source', () => {
    const parts = [graph(['x', 'y', 'w'], [edge('x', 'y', 1, 0.9), edge('x', 'w', 3, 0.4)])];
    const strong = replay([{ a: 'filters', filters: { ...NO_FILTERS, minSupport: 2 } }]);
    expect(combine(strong, parts, null).edges.map((e) => e.data.target)).toEqual(['w']);
    const sure = replay([{ a: 'filters', filters: { ...NO_FILTERS, minConfidence: 0.5 } }]);
    expect(combine(sure, parts, null).edges.map((e) => e.data.target)).toEqual(['y']);
    const countries = replay([{ a: 'filters', filters: { ...NO_FILTERS, types: ['Country'] } }]);
    expect(combine(countries, parts, null)).toEqual({ nodes: [], edges: [], truncated: false });
  });
});

describe('ElementCache', () => {
  it('asks once per source and filters, and asks again after a failure or a clear', async () => {
    const calls: string[] = [];
    let fail = true;
    const cache = new ElementCache((source) => {
      calls.push(JSON.stringify(source));
      if (fail) return Promise.reject(new Error('down'));
      return Promise.resolve(graph([], []));
    });
    const state = replay([{ a: 'open', id: 'x' }]);
    const signal = new AbortController().signal;
    await expect(cache.all(state, signal)).rejects.toThrow('down');
    fail = false;
    await cache.all(state, signal);
    await cache.all(state, signal);
    expect(calls).toHaveLength(2);
    await cache.all(
      replay([
        { a: 'open', id: 'x' },
        { a: 'filters', filters: { ...NO_FILTERS, minSupport: 2 } },
      ]),
      signal,
    );
    cache.clear();
    await cache.all(state, signal);
    expect(calls).toHaveLength(4);
  });

  it('loads again for a draw whose shared load was aborted by an earlier, cancelled draw', async () => {
    const signals: AbortSignal[] = [];
    const cache = new ElementCache((_source, _filters, signal) => {
      signals.push(signal);
      return new Promise((resolve, reject) => {
        signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        setTimeout(() => resolve(graph([], [])), 10);
      });
    });
    const state = replay([{ a: 'open', id: 'x' }]);
    const first = new AbortController();
    const cancelled = cache.all(state, first.signal);
    const second = cache.all(state, new AbortController().signal);
    first.abort();
    await expect(cancelled).rejects.toThrow('aborted');
    await expect(second).resolves.toEqual([graph([], [])]);
    expect(signals).toHaveLength(2);
  });
});

import { freshStore } from '../src/testing';
import type { GraphStore } from '../src';
import { sampleBatch } from './fixtures/sample-batch';

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('the topology a layout reads', () => {
  let store: GraphStore;

  beforeEach(async () => {
    store = await freshStore();
    await store.writeArticles(sampleBatch('topo'));
  });
  afterEach(async () => {
    await store.close();
  });

  it('with a cap, holds only the links among that many best-connected entities', async () => {
    const every = await all(store.streamTopology().edges);
    const capped = await all(store.streamTopology({}, 2).edges);
    expect(every.length).toBeGreaterThan(capped.length);
    // Xi Jinping has the most relations in the sample; with two entities kept, one link of his remains.
    expect(capped).toHaveLength(1);
    expect(capped[0]).toContain('person:xi-jinping');
    const ends = new Set(capped.flat());
    expect(ends.size).toBe(2);
  });

  it('caps a scoped topology within its ids', async () => {
    const ids = ['country:RU', 'country:CN', 'person:xi-jinping'];
    expect(await all(store.streamTopology({ ids }).edges)).toHaveLength(2);
    // China and Xi Jinping have two relations each, Russia one: the link to Russia is left to the ring.
    expect(await all(store.streamTopology({ ids }, 2).edges)).toEqual([['person:xi-jinping', 'country:CN']]);
  });
});

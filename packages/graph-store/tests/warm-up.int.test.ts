import type { GraphStore } from '../src';
import { freshStore } from '../src/testing';
import { sampleBatch } from './fixtures/sample-batch';

describe('warming up Neo4j on a real database', () => {
  let store: GraphStore;
  beforeEach(async () => {
    store = await freshStore();
  });
  afterEach(() => store.close());

  it('leaves an empty graph empty and a stored graph exactly as it was', async () => {
    await store.warmUp();
    expect(await store.exportGraph()).toEqual({ articles: [], entities: [], relations: [], quotes: [], mentions: [] });
    await store.writeArticles(sampleBatch('w1'));
    const before = await store.exportGraph();
    const stats = await store.stats();
    await store.warmUp();
    expect(await store.exportGraph()).toEqual(before);
    expect(await store.stats()).toEqual(stats);
    // the articles written after a warm-up are the same as without one
    expect(await store.writeArticles(sampleBatch('w2'))).toEqual({
      written: ['w2-a', 'w2-b'],
      updated: [],
      unchanged: [],
    });
  });

  it('runs the hot reads on an empty graph and on a stored one, changing nothing', async () => {
    await store.warmUpReads();
    await store.writeArticles(sampleBatch('w3'));
    const before = await store.exportGraph();
    await store.warmUpReads();
    expect(await store.exportGraph()).toEqual(before);
  });
});

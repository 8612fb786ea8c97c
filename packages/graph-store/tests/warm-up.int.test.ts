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
    // on an empty graph the warm-up commits 60 articles and deletes them (ADR 17): on a loaded machine, minutes
  }, 300_000);

  it('takes out what a committed warm-up round left behind, and no article of the user', async () => {
    // an article of the user whose id happens to look like a warm-up's stays
    await store.writeArticles([...sampleBatch('w4'), ...sampleBatch('warm-up-7')]);
    const before = await store.exportGraph();
    // what a process that died between the committed round's write and its clean-up leaves
    const left = sampleBatch('warm-up-9').map((item) => ({
      ...item,
      article: { ...item.article, extractorVersion: 'warm-up' },
    }));
    await store.writeArticles(left);
    expect((await store.exportGraph()).articles).toHaveLength(before.articles.length + 2);
    await store.warmUp();
    expect(await store.exportGraph()).toEqual(before);
  });

  it('runs the hot reads on an empty graph and on a stored one, changing nothing', async () => {
    await store.warmUpReads();
    await store.writeArticles(sampleBatch('w3'));
    const before = await store.exportGraph();
    await store.warmUpReads();
    expect(await store.exportGraph()).toEqual(before);
  });
});

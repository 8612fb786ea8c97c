import { freshStore } from '../src/testing';
import { GraphStore } from '../src';
import { sampleBatch } from './fixtures/sample-batch';

/** A second store on the same Neo4j, keeping answers, as `newsgraph serve` does while a CLI ingest writes. */
async function cachingStore(checkEveryMs: number): Promise<GraphStore> {
  const uri = process.env['NEO4J_URI'];
  if (!uri) throw new Error('NEO4J_URI is not set: integration tests need the jest global setup');
  return GraphStore.connect({
    uri,
    user: process.env['NEO4J_USER'],
    password: process.env['NEO4J_PASSWORD'],
    readCache: { entries: 100, maxAgeMs: 60_000, checkEveryMs },
  });
}

const xiArticles = async (store: GraphStore): Promise<number | undefined> =>
  (await store.searchEntities({ q: 'Xi Jinping', limit: 5 }))[0]?.articleCount;

describe('GraphStore keeping answers to repeated reads', () => {
  let other: GraphStore;
  let cached: GraphStore;

  beforeEach(async () => {
    other = await freshStore();
  });
  afterEach(async () => {
    await cached.close();
    await other.close();
  });

  it('sees a write by another store at the next stamp check: an article added, then removed', async () => {
    cached = await cachingStore(0);
    await other.writeArticles(sampleBatch('rc1').slice(0, 1));
    expect(await xiArticles(cached)).toBe(1);
    await other.writeArticles(sampleBatch('rc2').slice(0, 1));
    expect(await xiArticles(cached)).toBe(2);
    const before = await cached.neighbourhood({ focus: 'person:xi-jinping', depth: 1, limit: 50 });
    await other.deleteArticles(['rc1-a', 'rc2-a']);
    expect(await xiArticles(cached)).toBeUndefined();
    expect(before.nodes.length).toBeGreaterThan(1);
    await expect(cached.neighbourhood({ focus: 'person:xi-jinping', depth: 1, limit: 50 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('answers from memory between stamp checks, and forgets at once after its own write', async () => {
    cached = await cachingStore(60_000);
    await other.writeArticles(sampleBatch('rc3').slice(0, 1));
    expect(await xiArticles(cached)).toBe(1);
    // Another process's write within the check interval is not seen yet: the answer comes from memory.
    await other.writeArticles(sampleBatch('rc4').slice(0, 1));
    expect(await xiArticles(cached)).toBe(1);
    // A write through the caching store itself drops every kept answer.
    await cached.writeArticles(sampleBatch('rc5').slice(0, 1));
    expect(await xiArticles(cached)).toBe(3);
  });
});

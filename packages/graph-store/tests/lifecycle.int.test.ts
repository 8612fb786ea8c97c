import type { ArticleToWrite, GraphStore } from '../src';
import { sampleBatch } from './fixtures/sample-batch';
import { freshStore } from '../src/testing';

/** The same article under a URL, with its text changed: one Xi mention fewer, Russia added. */
function revised(original: ArticleToWrite, id: string): ArticleToWrite {
  const extraction = structuredClone(original.extraction);
  extraction.id = id;
  extraction.entities = extraction.entities.filter((e) => e.id !== 'policy:cyber-sovereignty');
  extraction.relations = extraction.relations.filter((r) => r.object !== 'policy:cyber-sovereignty');
  extraction.entities.push({
    id: 'country:RU',
    name: 'Russia',
    type: 'Country',
    aliases: [],
    mentions: [{ start: 0, end: 6, text: 'Russia', kind: 'name' }],
  });
  return { article: { ...original.article, id, text: `${original.article.text} (updated)` }, extraction };
}

describe('article lifecycle on a real Neo4j: update, delete, re-extract', () => {
  let store: GraphStore;
  beforeEach(async () => {
    store = await freshStore();
  });
  afterEach(async () => {
    await store.close();
  });

  it('deleting an article leaves exactly the graph of the others', async () => {
    const [a, b] = sampleBatch('d1') as [ArticleToWrite, ArticleToWrite];
    await store.writeArticles([a]);
    const onlyA = await store.exportGraph();
    await store.clear();
    await store.writeArticles([a, b]);
    expect(await store.deleteArticles(['d1-b', 'missing'])).toEqual(['d1-b']);
    expect(await store.exportGraph()).toEqual(onlyA);
  });

  it('a new version of the same URL replaces the old contribution', async () => {
    const [a, undated] = sampleBatch('u1') as [ArticleToWrite, ArticleToWrite];
    // Dated, so the graph does not depend on when each run ingested it.
    const b = { ...undated, article: { ...undated.article, publishedAt: '2017-03-04' } };
    const withUrl = { ...a, article: { ...a.article, url: 'https://example.org/a' } };
    const newVersion = revised(withUrl, 'u1-a2');
    await store.writeArticles([newVersion, b]);
    const expected = await store.exportGraph();
    await store.clear();

    await store.writeArticles([withUrl, b]);
    const outcome = await store.writeArticles([newVersion]);
    expect(outcome).toEqual({ written: [], updated: ['u1-a2'], unchanged: [] });
    expect(await store.exportGraph()).toEqual(expected);
    expect((await store.stats()).articles).toBe(2);
  });

  it('re-extraction rewrites stored articles in place, and counts stay right', async () => {
    const batch = sampleBatch('r1');
    await store.writeArticles(batch);
    const before = await store.exportGraph();
    expect(await store.countStaleArticles('test')).toBe(0);
    expect(await store.countStaleArticles('v2')).toBe(2);
    const stale = await store.staleArticles('v2', 10);
    expect(stale.map((a) => a.id).sort()).toEqual(['r1-a', 'r1-b']);
    expect(stale.find((a) => a.id === 'r1-a')).toMatchObject({
      title: 'A',
      publishedAt: '2017-03-03',
      text: batch[0]!.article.text,
    });
    const rewritten = stale.map((article) => ({
      article: { ...article, extractorVersion: 'v2' },
      extraction: batch.find((b) => b.article.id === article.id)!.extraction,
    }));
    const outcome = await store.writeArticles(rewritten, { replaceExisting: true });
    expect(outcome.updated.sort()).toEqual(['r1-a', 'r1-b']);
    expect(await store.countStaleArticles('v2')).toBe(0);
    expect(await store.exportGraph()).toEqual(before);
  });

  it('a source can be listed and removed as a whole', async () => {
    const [a, b] = sampleBatch('src') as [ArticleToWrite, ArticleToWrite];
    await store.writeArticles([{ ...a, article: { ...a.article, source: 'feed-x' } }, b]);
    const ids = await store.articleIdsOfSource('feed-x');
    expect(ids).toEqual(['src-a']);
    await store.deleteArticles(ids);
    await store.deleteArticles(['src-b']);
    expect(await store.stats()).toEqual({ articles: 0, entities: {}, relations: {}, mentions: 0, quotes: 0 });
  });
});

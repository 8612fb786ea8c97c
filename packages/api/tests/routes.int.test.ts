import type { ArticleToWrite, GraphStore } from '@newsgraph/graph-store';
import {
  AmbiguousNameListSchema,
  EntityListSchema,
  ErrorBodySchema,
  GraphElementsSchema,
  GraphStatsSchema,
} from '@newsgraph/schema';
import pino from 'pino';
import { emptyStore } from './connect-store';
import { loadSeeds } from './load-seeds';
import { getJson, serveApp, type Served } from './serve-app';

/** The id the extractor gave the entity of this name in the seed articles. */
function idOf(batch: ArticleToWrite[], name: string): string {
  const found = batch.flatMap((item) => item.extraction.entities).find((entity) => entity.name === name);
  if (!found) throw new Error(`the seed articles have no entity named ${name}`);
  return found.id;
}

describe('the API on the seed articles in a real Neo4j', () => {
  let store: GraphStore;
  let served: Served;
  let batch: ArticleToWrite[];
  const get = (path: string) => getJson(served.baseUrl, path);

  beforeAll(async () => {
    store = await emptyStore();
    batch = await loadSeeds(store);
    served = await serveApp({ store, logger: pino({ level: 'silent' }) });
  }, 300_000);
  afterAll(async () => {
    await served?.close();
    await store?.close();
  });

  it('reports the database up', async () => {
    expect(await get('/health')).toMatchObject({ status: 200, body: { status: 'ok', neo4j: 'up' } });
  });

  it('counts the 32 seed articles in /api/stats', async () => {
    const { status, body } = await get('/api/stats');
    expect(status).toBe(200);
    const stats = GraphStatsSchema.parse(body);
    expect(stats.articles).toBe(32);
    expect(stats).toEqual(await store.stats());
  });

  it('finds Xi Jinping first when searching "Xi Jinping"', async () => {
    const { status, body } = await get('/api/entities?q=Xi%20Jinping&limit=3');
    expect(status).toBe(200);
    const { items } = EntityListSchema.parse(body);
    expect(items[0]?.id).toBe(idOf(batch, 'Xi Jinping'));
    expect(items.length).toBeLessThanOrEqual(3);
  });

  it('lists only the asked type, most mentioned first, when no text is given', async () => {
    const { body } = await get('/api/entities?type=Country&limit=50');
    const { items } = EntityListSchema.parse(body);
    expect(items.length).toBeGreaterThan(1);
    expect(items.every((item) => item.type === 'Country')).toBe(true);
    const counts = items.map((item) => item.mentionCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('draws a neighbourhood whose edges join its nodes and quote sentences of their articles', async () => {
    const focus = idOf(batch, 'Xi Jinping');
    const { status, body } = await get(`/api/graph?focus=${encodeURIComponent(focus)}&depth=1`);
    expect(status).toBe(200);
    const graph = GraphElementsSchema.parse(body);
    expect(graph.nodes.filter((node) => node.data.focus).map((node) => node.data.id)).toEqual([focus]);
    expect(graph.edges.length).toBeGreaterThan(0);
    const ids = new Set(graph.nodes.map((node) => node.data.id));
    const texts = new Map(batch.map((item) => [item.article.id, item.article.text]));
    for (const { data } of graph.edges) {
      expect(ids.has(data.source) && ids.has(data.target)).toBe(true);
      expect(data.source === focus || data.target === focus).toBe(true);
      for (const evidence of data.evidence) expect(texts.get(evidence.articleId)).toContain(evidence.text);
    }
  });

  it('answers an unknown focus with 404 NOT_FOUND', async () => {
    const { status, body } = await get('/api/graph?focus=person:nobody-at-all');
    expect(status).toBe(404);
    expect(ErrorBodySchema.parse(body).error.code).toBe('NOT_FOUND');
  });

  it('lists ambiguous short names in their schema', async () => {
    const { status, body } = await get('/api/ambiguous?limit=5');
    expect(status).toBe(200);
    expect(AmbiguousNameListSchema.parse(body).items.length).toBeLessThanOrEqual(5);
  });
});

import type { ArticleToWrite, GraphStore } from '@newsgraph/graph-store';
import {
  AmbiguousNameListSchema,
  ArticleDetailsSchema,
  ArticleListSchema,
  EntityDetailsSchema,
  PathListSchema,
  EntityListSchema,
  ErrorBodySchema,
  GraphElementsSchema,
  GraphStatsSchema,
  RelationEvidenceSchema,
} from '@newsgraph/schema';
import { freshStore } from '@newsgraph/graph-store/testing';
import { loadSeeds } from './load-seeds';
import { serveApi } from './serve-api';

/** The id the extractor gave the entity of this name in the seed articles. */
function idOf(batch: ArticleToWrite[], name: string): string {
  const found = batch.flatMap((item) => item.extraction.entities).find((entity) => entity.name === name);
  if (!found) throw new Error(`the seed articles have no entity named ${name}`);
  return found.id;
}

describe('the API on the seed articles in a real Neo4j', () => {
  let store: GraphStore;
  let served: Awaited<ReturnType<typeof serveApi>>;
  let batch: ArticleToWrite[];
  const get = async (path: string): Promise<{ status: number; body: unknown }> => {
    const response = await fetch(`${served.baseUrl}${path}`);
    return { status: response.status, body: await response.json() };
  };

  beforeAll(async () => {
    store = await freshStore();
    batch = await loadSeeds(store);
    served = await serveApi(store);
  }, 300_000);
  afterAll(async () => {
    await served.close();
    await store.close();
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
      const relation = new URLSearchParams({ subject: data.source, predicate: data.predicate, object: data.target });
      const opened = await get(`/api/relations/evidence?${relation.toString()}`);
      expect(opened.status).toBe(200);
      const cited = RelationEvidenceSchema.parse(opened.body);
      expect(cited).toMatchObject({ articleCount: data.articleCount, sentenceCount: data.sentenceCount });
      expect(cited.evidence.length).toBeGreaterThan(0);
      for (const evidence of cited.evidence) expect(texts.get(evidence.articleId)).toContain(evidence.text);
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

  it('details Xi Jinping: every evidence sentence is in its article, and support adds up', async () => {
    const id = idOf(batch, 'Xi Jinping');
    const { status, body } = await get(`/api/entities/${encodeURIComponent(id)}?articles=500`);
    expect(status).toBe(200);
    const details = EntityDetailsSchema.parse(body);
    expect(details.entity.id).toBe(id);
    expect(details.articles).toHaveLength(details.entity.articleCount);
    const texts = new Map(batch.map((item) => [item.article.id, item.article]));
    const relations = details.relations.flatMap((group) => group.relations);
    expect(relations.length).toBeGreaterThan(0);
    for (const relation of relations) {
      expect(relation.outletCount).toBeLessThanOrEqual(relation.articleCount);
      expect(relation.evidence.length).toBeGreaterThan(0);
      for (const evidence of relation.evidence) {
        const article = texts.get(evidence.articleId);
        expect(article?.text).toContain(evidence.text);
        expect([evidence.title, evidence.url, evidence.publishedAt]).toEqual([
          article?.title ?? null,
          article?.url ?? null,
          article?.publishedAt ?? null,
        ]);
      }
    }
  });

  it('finds paths as long as the neighbourhoods say, each hop joining consecutive entities', async () => {
    const ring = async (focus: string, depth: number): Promise<string[]> =>
      GraphElementsSchema.parse(
        (await get(`/api/graph?focus=${encodeURIComponent(focus)}&depth=${depth}&limit=1000`)).body,
      ).nodes.map((n) => n.data.id);
    // The most mentioned entity that has a neighbour two hops away and none nearer.
    const top = EntityListSchema.parse((await get('/api/entities?limit=30')).body).items.map((e) => e.id);
    let chosen: { from: string; near: string; far: string } | undefined;
    for (const from of top) {
      const one = await ring(from, 1);
      const far = (await ring(from, 2)).find((id) => !one.includes(id));
      const near = one.find((id) => id !== from);
      if (near && far) {
        chosen = { from, near, far };
        break;
      }
    }
    if (!chosen) throw new Error('none of the 30 most mentioned seed entities has a neighbour two hops away');
    const { from } = chosen;
    for (const [to, shortest] of [
      [chosen.near, 1],
      [chosen.far, 2],
    ] as const) {
      const { status, body } = await get(
        `/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&k=3`,
      );
      expect(status).toBe(200);
      const { paths, elements } = PathListSchema.parse(body);
      expect(paths[0]?.length).toBe(shortest);
      const lengths = paths.map((path) => path.length);
      expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
      for (const path of paths) {
        expect([path.nodes[0], path.nodes.at(-1)]).toEqual([from, to]);
        path.edges.forEach((edgeId, i) => {
          const edge = elements.edges.find((e) => e.data.id === edgeId)?.data;
          expect([edge?.source, edge?.target].sort()).toEqual([path.nodes[i], path.nodes[i + 1]].sort());
          expect(edge?.evidence.length).toBeGreaterThan(0);
        });
      }
    }
  });

  it('pages through all 32 articles, latest first', async () => {
    const first = ArticleListSchema.parse((await get('/api/articles?limit=20')).body);
    expect(first.nextOffset).toBe(20);
    const second = ArticleListSchema.parse((await get('/api/articles?limit=20&offset=20')).body);
    expect(second.nextOffset).toBeNull();
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((a) => a.id)).size).toBe(32);
    const dates = all.map((a) => a.publishedAt ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('shows each seed article with name spans that index its text', async () => {
    for (const { article, extraction } of batch.slice(0, 5)) {
      const { body } = await get(`/api/articles/${encodeURIComponent(article.id)}`);
      const details = ArticleDetailsSchema.parse(body);
      expect(details.article.text).toBe(article.text);
      expect(details.mentions.length).toBeGreaterThan(0);
      for (const mention of details.mentions) expect(article.text.slice(mention.start, mention.end)).toBe(mention.text);
      // Every entity highlighted is one the extractor found in this article (or resolution merged it into).
      const known = new Set(extraction.entities.map((e) => e.id));
      const unknown = details.mentions.filter((m) => !known.has(m.entity.id));
      expect(unknown.every((m) => m.entity.type === 'Person')).toBe(true);
    }
  });
});

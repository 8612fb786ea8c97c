import { NewsgraphError } from '@newsgraph/schema';
import { freshStore } from '../src/testing';
import type { ArticleToWrite } from '../src';
import { sampleBatch } from './fixtures/sample-batch';
import { GraphStore } from '../src';

describe('GraphStore on a real Neo4j', () => {
  let store: GraphStore;

  beforeEach(async () => {
    store = await freshStore();
  });
  afterEach(async () => {
    await store.close();
  });

  it('writes articles once: a second write of the same batch changes nothing', async () => {
    const first = await store.writeArticles(sampleBatch('s1'));
    expect(first.written.sort()).toEqual(['s1-a', 's1-b']);
    const before = await store.stats();
    const second = await store.writeArticles(sampleBatch('s1'));
    expect(second).toEqual({ written: [], updated: [], unchanged: ['s1-a', 's1-b'] });
    expect(await store.stats()).toEqual(before);
    expect(before).toEqual({
      articles: 2,
      entities: { Country: 2, Organization: 1, Person: 2, Policy: 1 },
      relations: { HOLDS_POSITION: 2, MET_WITH: 1, PROPOSED: 1 },
      mentions: 9,
      quotes: 1,
    });
  });

  it('merges one entity across articles and aggregates relation support with evidence', async () => {
    await store.writeArticles(sampleBatch('s2'));
    const [xi] = await store.searchEntities({ q: 'Xi', limit: 5 });
    expect(xi).toMatchObject({
      id: 'person:xi-jinping',
      type: 'Person',
      mentionCount: 2,
      articleCount: 2,
      aliases: ['Xi'],
    });
    const graph = await store.neighbourhood({ focus: 'person:xi-jinping', depth: 1, limit: 50 });
    const proposed = graph.edges.find((e) => e.data.predicate === 'PROPOSED');
    expect(proposed?.data).toMatchObject({ sentenceCount: 2, articleCount: 2, confidence: 0.8 });
    if (!proposed) throw new Error('no PROPOSED edge');
    const { source: subject, predicate, target: object } = proposed.data;
    const cited = await store.relationEvidence({ subject, predicate, object, limit: 20 });
    expect(cited.evidence.map((e) => e.articleId).sort()).toEqual(['s2-a', 's2-b']);
  });

  it('accumulates aliases across separate writes, each once, and finds the entity by a late alias', async () => {
    const [a, b] = sampleBatch('s7');
    if (!a || !b) throw new Error('fixture');
    await store.writeArticles([a]);
    await store.writeArticles([b]);
    const again = sampleBatch('s8')[0];
    if (!again) throw new Error('fixture');
    await store.writeArticles([again]);
    const [china] = await store.searchEntities({ q: 'Chinese', limit: 5 });
    expect(china).toMatchObject({ id: 'country:CN', articleCount: 3 });
    expect([...(china?.aliases ?? [])].sort()).toEqual(['Chinese', 'PRC']);
  });

  it('finds entities by alias and prefix, filtered by type', async () => {
    await store.writeArticles(sampleBatch('s3'));
    expect((await store.searchEntities({ q: 'PRC', limit: 5 })).map((e) => e.id)).toEqual(['country:CN']);
    expect((await store.searchEntities({ q: 'cyb', limit: 5 })).map((e) => e.id).sort()).toEqual([
      'org:office-for-cyber-affairs',
      'policy:cyber-sovereignty',
    ]);
    expect((await store.searchEntities({ q: 'cyb', type: 'Policy', limit: 5 })).map((e) => e.id)).toEqual([
      'policy:cyber-sovereignty',
    ]);
    expect(await store.searchEntities({ q: '"(][', limit: 5 })).toEqual([]);
  });

  it('ranks what was typed exactly, then names that start with it, above more-mentioned partial matches', async () => {
    const [a] = sampleBatch('rank') as [ArticleToWrite];
    const busy = structuredClone(a);
    busy.article.id = 'rank-busy';
    busy.extraction.entities = [
      {
        id: 'person:xiao-ming',
        name: 'Xiao Ming',
        type: 'Person',
        aliases: [],
        mentions: Array.from({ length: 9 }, (_, i) => ({ start: i, end: i + 1, text: 'X', kind: 'name' as const })),
      },
    ];
    busy.extraction.relations = [];
    await store.writeArticles([a, busy]);
    expect((await store.searchEntities({ q: 'Xi', limit: 5 })).map((e) => e.id)).toEqual([
      'person:xi-jinping',
      'person:xiao-ming',
    ]);
    expect((await store.searchEntities({ q: 'xi jin', limit: 5 })).map((e) => e.id)).toEqual(['person:xi-jinping']);
  });

  it('returns a neighbourhood at depth 1 and 2, and NOT_FOUND for an unknown focus', async () => {
    await store.writeArticles(sampleBatch('s4'));
    const one = await store.neighbourhood({ focus: 'person:xi-jinping', depth: 1, limit: 50 });
    expect(one.nodes.map((n) => n.data.id).sort()).toEqual([
      'country:CN',
      'person:xi-jinping',
      'policy:cyber-sovereignty',
    ]);
    expect(one.nodes.find((n) => n.data.focus)?.data.id).toBe('person:xi-jinping');
    const two = await store.neighbourhood({ focus: 'person:xi-jinping', depth: 2, limit: 50 });
    expect(two.nodes.map((n) => n.data.id)).toContain('country:RU');
    await expect(store.neighbourhood({ focus: 'person:nobody', depth: 1, limit: 10 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('rolls back the whole batch when one article cannot be written', async () => {
    const batch = sampleBatch('s5');
    const broken = batch[1]!;
    // A map is not a valid Neo4j property value, so this article's write fails inside the transaction.
    (broken.article as unknown as Record<string, unknown>)['title'] = { nested: true };
    await expect(store.writeArticles(batch)).rejects.toBeInstanceOf(NewsgraphError);
    expect(await store.stats()).toEqual({ articles: 0, entities: {}, relations: {}, mentions: 0, quotes: 0 });
  });

  it('reports Neo4j as unreachable with a clear error', async () => {
    await expect(GraphStore.connect({ uri: 'bolt://127.0.0.1:1' })).rejects.toMatchObject({
      code: 'NEO4J_UNAVAILABLE',
    });
  });
});

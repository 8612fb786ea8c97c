import { ArticleDetailsSchema, ArticleListSchema, EntityDetailsSchema, ErrorBodySchema } from '@newsgraph/schema';
import { serveDatedGraph } from './dated-graph';
import { IDS, TEXTS } from './fixtures/dated-articles';
import { getJson } from './serve-app';

describe('entity and article details on three dated articles', () => {
  const baseUrl = serveDatedGraph();
  const get = (path: string) => getJson(baseUrl(), path);

  it('gives an entity its counts, dates, grouped relations with outlets and evidence, and articles', async () => {
    const { status, body } = await get(`/api/entities/${encodeURIComponent(IDS.xi)}`);
    expect(status).toBe(200);
    const details = EntityDetailsSchema.parse(body);
    expect(details.entity).toMatchObject({
      id: IDS.xi,
      name: 'Xi Jinping',
      type: 'Person',
      mentionCount: 3,
      articleCount: 2,
      firstSeen: '2024-01-10',
      lastSeen: '2024-03-05',
    });
    expect(details.relations.map((g) => `${g.predicate} ${g.direction}`)).toEqual([
      'HOLDS_POSITION out',
      'MET_WITH out',
    ]);
    const met = details.relations[1]?.relations[0];
    expect(met).toMatchObject({
      other: { id: IDS.biden, name: 'Joe Biden', type: 'Person' },
      sentenceCount: 2,
      articleCount: 2,
      outletCount: 2,
      confidence: 0.8,
      firstSeen: '2024-01-10',
      lastSeen: '2024-03-05',
    });
    expect(met?.evidence.map((e) => [e.articleId, e.publisher])).toEqual([
      ['article:march', 'Outlet B'],
      ['article:january', 'Outlet A'],
    ]);
    expect(details.articles.map((a) => [a.id, a.mentionCount])).toEqual([
      ['article:march', 1],
      ['article:january', 2],
    ]);
    expect(details.quotes).toEqual([]);
    expect(details.relationsTruncated).toBe(false);
  });

  it('shows incoming relations and quotes from the other side', async () => {
    const biden = EntityDetailsSchema.parse(
      (await get(`/api/entities/${encodeURIComponent(IDS.biden)}?evidence=1`)).body,
    );
    expect(
      biden.relations.map((g) => `${g.predicate} ${g.direction} ${g.relations.map((r) => r.other.id).join()}`),
    ).toEqual([`HOLDS_POSITION out ${IDS.us}`, `MET_WITH in ${IDS.xi}`]);
    expect(biden.relations[1]?.relations[0]?.evidence).toHaveLength(1);
    expect(biden.quotes).toEqual([
      {
        id: expect.stringMatching(/^article:june:/),
        text: 'China must play fair',
        articleId: 'article:june',
        speaker: { id: IDS.biden, name: 'Joe Biden', type: 'Person' },
        about: [{ id: IDS.china, name: 'China', type: 'Country' }],
      },
    ]);
  });

  it('answers 404 for an unknown entity', async () => {
    const { status, body } = await get('/api/entities/person:nobody');
    expect(status).toBe(404);
    expect(ErrorBodySchema.parse(body).error.code).toBe('NOT_FOUND');
  });

  it('lists articles latest first, by outlet and period, paged', async () => {
    const list = async (query: string): Promise<string[]> =>
      ArticleListSchema.parse((await get(`/api/articles?${query}`)).body).items.map((a) => a.id);
    expect(await list('')).toEqual(['article:june', 'article:march', 'article:january']);
    expect(await list('source=Outlet%20A')).toEqual(['article:june', 'article:january']);
    expect(await list('since=2024-02&until=2024-03-05')).toEqual(['article:march']);
    const first = ArticleListSchema.parse((await get('/api/articles?limit=2')).body);
    expect(first).toMatchObject({ offset: 0, limit: 2, nextOffset: 2 });
    expect(await list('limit=2&offset=2')).toEqual(['article:january']);
  });

  it('gives an article its text and the spans of the names in it', async () => {
    const { status, body } = await get('/api/articles/article:january');
    expect(status).toBe(200);
    const { article, mentions } = ArticleDetailsSchema.parse(body);
    expect(article).toMatchObject({ title: 'The january story', publisher: 'Outlet A', text: TEXTS.january });
    // Positions worked out here from the text, independently of the code under test.
    const at = (phrase: string, from = 0) => TEXTS.january.indexOf(phrase, from);
    expect(mentions.map((m) => [m.start, m.end, m.entity.id])).toEqual([
      [at('Xi Jinping'), at('Xi Jinping') + 10, IDS.xi],
      [at('China'), at('China') + 5, IDS.china],
      [at('Xi Jinping', 1), at('Xi Jinping', 1) + 10, IDS.xi],
      [at('Joe Biden'), at('Joe Biden') + 9, IDS.biden],
    ]);
    expect((await get('/api/articles/article:nope')).status).toBe(404);
  });
});

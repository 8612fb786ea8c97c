import { articleOf, PEOPLE_ARTICLES } from './fixtures/person-articles';
import type { ArticleToWrite } from '../src';
import { useFreshStore } from './fixtures/use-fresh-store';

const byId = (id: string): ArticleToWrite => {
  const found = PEOPLE_ARTICLES.find((a) => a.article.id === id);
  if (!found) throw new Error(`fixture ${id}`);
  return found;
};

describe('people resolved across articles, on a real Neo4j', () => {
  const fresh = useFreshStore();
  const entity = fresh.entity;

  it('folds short forms into the one person they can be, and keeps each relation and quote traceable to its article', async () => {
    await fresh.store.writeArticles(PEOPLE_ARTICLES);
    const graph = await fresh.store.exportGraph();
    const people = graph.entities.filter((e) => e.type === 'Person').map((e) => [e.id, e.name, e.articleCount]);
    expect(people).toEqual([
      ['person:biden', 'Biden', 1],
      ['person:jake-sullivan', 'Jake Sullivan', 2],
      ['person:jill-biden', 'Jill Biden', 2],
      ['person:joseph-biden', 'Joe Biden', 4],
      ['person:xi-jinping', 'Xi Jinping', 2],
    ]);
    expect((await entity('person:joseph-biden'))?.aliases).toEqual(['Biden', 'JOSEPH R. BIDEN JR.']);
    const met = graph.relations
      .filter((r) => r.predicate === 'MET_WITH')
      .map((r) => [r.subject, r.object, r.evidence.map((e) => e.articleId)]);
    expect(met).toEqual([
      ['person:jake-sullivan', 'person:joseph-biden', ['p-short']],
      ['person:joseph-biden', 'person:jake-sullivan', ['p-full']],
    ]);
    expect(graph.quotes.map((q) => [q.speaker, q.articleId, q.about])).toEqual([
      ['person:jake-sullivan', 'p-short', ['country:CN']],
    ]);
    const mentionsOf = (article: string) =>
      graph.mentions.filter((m) => m.articleId === article && m.entityId.startsWith('person:')).map((m) => m.entityId);
    expect(mentionsOf('p-doctor')).toEqual(['person:jill-biden']);
    expect(mentionsOf('p-xi-short')).toEqual(['person:xi-jinping']);
    expect(mentionsOf('p-untitled')).toEqual(['person:biden']);
  });

  it('builds the same graph whatever the order and batching of the articles', async () => {
    const orders = [
      PEOPLE_ARTICLES,
      [...PEOPLE_ARTICLES].reverse(),
      [4, 0, 7, 2, 5, 8, 1, 6, 3].map((i) => PEOPLE_ARTICLES[i] as ArticleToWrite),
    ];
    const graphs = [];
    for (const [n, order] of orders.entries()) {
      await fresh.store.clear();
      // one article per transaction, then batches of three: resolution must not depend on either
      const size = n === 2 ? 3 : 1;
      for (let i = 0; i < order.length; i += size) await fresh.store.writeArticles(order.slice(i, i + size));
      graphs.push(await fresh.store.exportGraph());
    }
    // the graph the first test checks in detail: the five people after resolution, China and the White House
    expect(graphs[0]?.entities.map((e) => e.id)).toEqual([
      'country:CN',
      'org:white-house',
      'person:biden',
      'person:jake-sullivan',
      'person:jill-biden',
      'person:joseph-biden',
      'person:xi-jinping',
    ]);
    expect(graphs[1]).toEqual(graphs[0]);
    expect(graphs[2]).toEqual(graphs[0]);
  });

  it('undoes a resolution when a second namesake arrives, and redoes it when that one is deleted', async () => {
    await fresh.store.writeArticles([byId('p-full'), byId('p-untitled')]);
    expect(await entity('person:biden')).toBeUndefined();
    expect((await entity('person:joseph-biden'))?.articleCount).toBe(2);

    await fresh.store.writeArticles([byId('p-jill')]);
    expect((await entity('person:biden'))?.articleCount).toBe(1);
    expect((await entity('person:joseph-biden'))?.articleCount).toBe(1);

    await fresh.store.deleteArticles(['p-jill']);
    expect(await entity('person:biden')).toBeUndefined();
    expect((await entity('person:joseph-biden'))?.articleCount).toBe(2);
  });

  it('lists a short form two people bear, with its candidates and the override that settles it', async () => {
    await fresh.store.writeArticles(PEOPLE_ARTICLES);
    const items = await fresh.store.ambiguousNames({ limit: 10 });
    expect(items).toEqual([
      {
        entity: { id: 'person:biden', name: 'Biden', mentionCount: 1, articleCount: 1 },
        candidates: [
          { id: 'person:joseph-biden', name: 'Joe Biden', mentionCount: 3, articleCount: 4, titles: ['president'] },
          {
            id: 'person:jill-biden',
            name: 'Jill Biden',
            mentionCount: 2,
            articleCount: 2,
            titles: ['dr', 'first lady'],
          },
        ],
        override: { merge: [{ from: ['person:biden'], into: { id: 'person:joseph-biden', name: 'Joe Biden' } }] },
      },
    ]);
  });

  it('keeps a lone given name that fits several people out of listings, lists it as ambiguous, and resolves it when one is left', async () => {
    // a briefing that thanks a reporter by first name, beside two articles naming two different Peters in full
    const thanked = articleOf({
      id: 'g-thanks',
      publishedAt: '2024-03-01',
      text: 'Thanks, Peter. Go ahead.',
      entities: [{ id: 'person:peter', name: 'Peter', forms: ['Peter'] }],
    });
    const reporter = articleOf({
      id: 'g-reporter',
      publishedAt: '2024-03-02',
      text: 'Peter Doocy asked about the border.',
      entities: [{ id: 'person:peter-doocy', name: 'Peter Doocy', forms: ['Peter Doocy'] }],
    });
    const senator = articleOf({
      id: 'g-senator',
      publishedAt: '2024-03-03',
      text: 'Senator Peter Welch spoke about dairy farms.',
      entities: [{ id: 'person:peter-welch', name: 'Peter Welch', forms: ['Peter Welch'] }],
    });
    await fresh.store.writeArticles([thanked, reporter, senator]);
    const listed = async (q: string): Promise<string[]> =>
      (await fresh.store.searchEntities({ q, limit: 20 })).map((e) => e.id);
    expect(await listed('')).toEqual(['person:peter-doocy', 'person:peter-welch']);
    expect(await listed('Peter')).not.toContain('person:peter');
    expect((await fresh.store.ambiguousNames({ limit: 10 })).map((a) => a.entity.id)).toEqual(['person:peter']);
    expect((await entity('person:peter'))?.articleCount).toBe(1);

    await fresh.store.deleteArticles(['g-senator']);
    expect(await entity('person:peter')).toBeUndefined();
    expect((await entity('person:peter-doocy'))?.articleCount).toBe(2);
    await fresh.store.clear();
    // a bare surname stays listed when it is left apart: it is a surname, not a lone given name
    await fresh.store.writeArticles([byId('p-untitled'), byId('p-full'), byId('p-jill')]);
    expect(await listed('Biden')).toContain('person:biden');
  });

  it('resolves a bare given name by the one person its own article names with it, in any order, else leaves it open', async () => {
    const person = (id: string, name: string, forms: string[] = [name]) => ({ id, name, forms });
    // Joe Biden named in full far more often than Joe Manchin: no reason for an article's bare "Joe" to be either
    const articles = [
      articleOf({
        id: 'j-biden',
        publishedAt: '2024-04-01',
        text: 'Joe Biden signed the bill. Joe Biden thanked Congress. Joe Biden left for Delaware. Joe Biden rested.',
        entities: [person('person:joseph-biden', 'Joe Biden')],
      }),
      articleOf({
        id: 'j-manchin',
        publishedAt: '2024-04-02',
        text: 'Joe Manchin voted against the bill.',
        entities: [person('person:joseph-manchin', 'Joe Manchin')],
      }),
      // the article names Biden only by his surname, which resolves to Joe Biden, so its "Joe" is him
      articleOf({
        id: 'j-remarks',
        publishedAt: '2024-04-03',
        text: 'President Biden spoke in Scranton. "Joe, you came home," the mayor said.',
        entities: [person('person:biden', 'Biden'), person('person:joseph', 'Joe')],
      }),
      articleOf({
        id: 'j-senate',
        publishedAt: '2024-04-04',
        text: 'Senator Manchin held out for weeks, and Joe left the floor early.',
        entities: [person('person:manchin', 'Manchin'), person('person:joseph', 'Joe')],
      }),
      articleOf({
        id: 'j-thanks',
        publishedAt: '2024-04-05',
        text: 'Thanks, Joe. Next question.',
        entities: [person('person:joseph', 'Joe')],
      }),
    ];
    const mentionsOf = (graph: Awaited<ReturnType<typeof fresh.store.exportGraph>>, article: string) =>
      [...new Set(graph.mentions.filter((m) => m.articleId === article).map((m) => m.entityId))].sort();
    const orders = [articles, [...articles].reverse(), [2, 4, 0, 3, 1].map((i) => articles[i] as ArticleToWrite)];
    const graphs = [];
    for (const order of orders) {
      await fresh.store.clear();
      for (const article of order) await fresh.store.writeArticles([article]);
      graphs.push(await fresh.store.exportGraph());
    }
    const [graph] = graphs;
    if (!graph) throw new Error('no graph');
    expect(mentionsOf(graph, 'j-remarks')).toEqual(['person:joseph-biden']);
    expect(mentionsOf(graph, 'j-senate')).toEqual(['person:joseph-manchin']);
    expect(mentionsOf(graph, 'j-thanks')).toEqual(['person:joseph']);
    expect(graphs[1]).toEqual(graph);
    expect(graphs[2]).toEqual(graph);
    expect((await fresh.store.ambiguousNames({ limit: 10 })).map((a) => a.entity.id)).toEqual(['person:joseph']);

    // the surname the article's "Joe" hangs on becomes ambiguous: that "Joe" is left open again, and tied back after
    const hunter = articleOf({
      id: 'j-hunter',
      publishedAt: '2024-04-06',
      text: 'Hunter Biden spoke. Hunter Biden left. Hunter Biden returned. Hunter Biden wrote.',
      entities: [person('person:hunter-biden', 'Hunter Biden')],
    });
    await fresh.store.writeArticles([hunter]);
    expect(mentionsOf(await fresh.store.exportGraph(), 'j-remarks')).toEqual(['person:biden', 'person:joseph']);
    await fresh.store.deleteArticles(['j-hunter']);
    expect(mentionsOf(await fresh.store.exportGraph(), 'j-remarks')).toEqual(['person:joseph-biden']);
  });

  it('stores each alias once, whatever Unicode variant of it an article wrote', async () => {
    const variants = [
      'United States of America',
      'United\u00a0States  of America',
      'United States\u200b of America',
      'United States of\nAmerica',
    ];
    const articles = variants.map((form, i) =>
      articleOf({
        id: `us-${i}`,
        publishedAt: `2024-02-0${i + 1}`,
        text: `The ${form} (the \u201cU.S.\u201d) and the \u2018U.S.\u2019 agreed.`,
        entities: [
          {
            id: 'country:US',
            name: 'United States',
            type: 'Country',
            forms: [form, '\u201cU.S.\u201d', '\u2018U.S.\u2019'],
          },
        ],
      }),
    );
    await fresh.store.writeArticles(articles.slice(0, 2));
    await fresh.store.writeArticles(articles.slice(2));
    expect((await entity('country:US'))?.aliases).toEqual(['"U.S."', "'U.S.'", 'United States of America']);
  });
});

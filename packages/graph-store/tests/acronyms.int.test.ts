import { articleOf } from './fixtures/person-articles';
import type { ArticleToWrite } from '../src';
import { useFreshStore } from './fixtures/use-fresh-store';

const FEMA = 'org:federal-emergency-management-agency';
const DHS = 'org:us:department-of-homeland-security';

// Hand-written extractions: articles that spell FEMA out (the extractor ties the acronym to the full name there)
// and articles that write only "FEMA" or "CBP" (the extractor can only call them org:fema, org:cbp).
const ARTICLES: ArticleToWrite[] = [
  articleOf({
    id: 'a-full',
    publishedAt: '2024-10-01',
    text: 'The Federal Emergency Management Agency (FEMA) sent teams to Florida. FEMA said more would follow.',
    entities: [
      {
        id: FEMA,
        name: 'Federal Emergency Management Agency',
        type: 'Organization',
        forms: ['Federal Emergency Management Agency', 'FEMA'],
      },
      { id: 'loc:florida', name: 'Florida', type: 'Location', forms: ['Florida'] },
    ],
  }),
  articleOf({
    id: 'a-short',
    publishedAt: '2024-10-02',
    text: 'FEMA is part of the Department of Homeland Security. FEMA sent trailers.',
    entities: [
      { id: 'org:fema', name: 'FEMA', type: 'Organization', forms: ['FEMA'] },
      {
        id: DHS,
        name: 'Department of Homeland Security',
        type: 'Organization',
        forms: ['Department of Homeland Security'],
      },
    ],
    relations: [
      {
        subject: 'org:fema',
        predicate: 'PART_OF',
        object: DHS,
        sentence: 'FEMA is part of the Department of Homeland Security.',
      },
    ],
  }),
  articleOf({
    id: 'a-short-2',
    publishedAt: '2024-10-03',
    text: 'FEMA opened a recovery center.',
    entities: [{ id: 'org:fema', name: 'FEMA', type: 'Organization', forms: ['FEMA'] }],
  }),
  // an alias whose letters do not fit the name ties nothing: CBP is no Department of Homeland Security
  articleOf({
    id: 'a-dhs',
    publishedAt: '2024-10-04',
    text: 'The Department of Homeland Security and CBP met.',
    entities: [
      {
        id: DHS,
        name: 'Department of Homeland Security',
        type: 'Organization',
        forms: ['Department of Homeland Security', 'CBP'],
      },
    ],
  }),
  articleOf({
    id: 'a-cbp',
    publishedAt: '2024-10-05',
    text: 'CBP agents stopped the truck.',
    entities: [{ id: 'org:cbp', name: 'CBP', type: 'Organization', forms: ['CBP'] }],
  }),
];

const ANOTHER_FEMA = articleOf({
  id: 'a-other',
  publishedAt: '2024-10-06',
  text: 'The Federation of European Microbiological Associations (FEMA) met in Vienna.',
  entities: [
    {
      id: 'org:federation-of-european-microbiological-associations',
      name: 'Federation of European Microbiological Associations',
      type: 'Organization',
      forms: ['Federation of European Microbiological Associations', 'FEMA'],
    },
  ],
});

describe('acronyms resolved across articles, on a real Neo4j', () => {
  const fresh = useFreshStore();
  const entity = fresh.entity;

  it('puts a lone "FEMA" on the agency other articles spell out, relations included, and leaves an ill-fitting alias alone', async () => {
    await fresh.store.writeArticles(ARTICLES);
    const graph = await fresh.store.exportGraph();
    expect(graph.entities.filter((e) => e.type === 'Organization').map((e) => [e.id, e.name, e.articleCount])).toEqual([
      ['org:cbp', 'CBP', 1],
      [FEMA, 'Federal Emergency Management Agency', 3],
      [DHS, 'Department of Homeland Security', 2],
    ]);
    expect((await entity(FEMA))?.aliases).toEqual(['FEMA']);
    expect(graph.relations.map((r) => [r.subject, r.predicate, r.object, r.evidence.map((e) => e.articleId)])).toEqual([
      [FEMA, 'PART_OF', DHS, ['a-short']],
    ]);
  });

  it('builds the same graph whatever the order and batching of the articles', async () => {
    const orders = [ARTICLES, [...ARTICLES].reverse(), [2, 4, 0, 3, 1].map((i) => ARTICLES[i] as ArticleToWrite)];
    const graphs = [];
    for (const [n, order] of orders.entries()) {
      await fresh.store.clear();
      const size = n === 2 ? 2 : 1;
      for (let i = 0; i < order.length; i += size) await fresh.store.writeArticles(order.slice(i, i + size));
      graphs.push(await fresh.store.exportGraph());
    }
    expect(graphs[0]?.entities.map((e) => e.id)).toEqual(['loc:florida', 'org:cbp', FEMA, DHS]);
    expect(graphs[1]).toEqual(graphs[0]);
    expect(graphs[2]).toEqual(graphs[0]);
  });

  it('keeps a lone acronym apart while two bodies share it, and resolves it again when one goes', async () => {
    await fresh.store.writeArticles(ARTICLES);
    await fresh.store.writeArticles([ANOTHER_FEMA]);
    expect((await entity('org:fema'))?.articleCount).toBe(2);
    expect((await entity(FEMA))?.articleCount).toBe(1);

    await fresh.store.deleteArticles(['a-other']);
    expect(await entity('org:fema')).toBeUndefined();
    expect((await entity(FEMA))?.articleCount).toBe(3);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphStore, type ArticleToWrite, type GraphExport } from '@newsgraph/graph-store';
import { AmbiguousNameListSchema, ArticleInputSchema } from '@newsgraph/schema';
import { prepareArticle } from '@newsgraph/ingest';
import { runCli } from './run-cli';

const FIXTURE = join(__dirname, 'fixtures', 'people', 'articles.jsonl');

// Real extraction of short news items naming the Bidens, Xi Jinping and Jake Sullivan in full and by short forms.
const ARTICLES: ArticleToWrite[] = readFileSync(FIXTURE, 'utf8')
  .trim()
  .split('\n')
  .map((line) =>
    prepareArticle(ArticleInputSchema.parse(JSON.parse(line)), {
      overrides: { merge: [], split: [], alias: [], rejectEntities: [], rejectRelations: [] },
      version: 'test',
    }),
  );

describe('extracted articles resolved across the graph, on a real Neo4j', () => {
  let store: GraphStore;

  beforeAll(async () => {
    store = await GraphStore.connect({ uri: process.env['NEO4J_URI'] ?? '' });
    await store.ensureSchema();
  });
  afterAll(async () => {
    await store.clear();
    await store.close();
  });

  async function ingest(order: ArticleToWrite[], batchSize: number): Promise<GraphExport> {
    await store.clear();
    for (let i = 0; i < order.length; i += batchSize) await store.writeArticles(order.slice(i, i + batchSize));
    return store.exportGraph();
  }

  it('gives the same graph, with one Joe Biden, one Xi Jinping and one Jake Sullivan, in two orders', async () => {
    const forward = await ingest(ARTICLES, 1);
    const backward = await ingest([...ARTICLES].reverse(), 2);
    expect(backward).toEqual(forward);
    const people = forward.entities
      .filter((e) => e.type === 'Person')
      .map((e) => `${e.id} ${e.name} ${e.articleCount}`);
    expect(people).toEqual([
      'person:biden Biden 1',
      'person:jake-sullivan Jake Sullivan 2',
      'person:jill-biden Jill Biden 2',
      'person:joseph-biden Joe Biden 3',
      'person:justin-trudeau Justin Trudeau 1',
      'person:xi-jinping Xi Jinping 2',
    ]);
    // every relation still carries the sentence of its own article
    for (const relation of forward.relations) {
      for (const evidence of relation.evidence) {
        const article = ARTICLES.find((a) => a.article.id === evidence.articleId);
        expect(article?.article.text).toContain(evidence.text);
      }
    }
  }, 240_000);

  it('lists the untitled "Biden" as ambiguous between Joe and Jill Biden through `newsgraph ambiguous --json`', async () => {
    await ingest(ARTICLES, 8);
    const result = await runCli(['ambiguous', '--json']);
    expect(result.code).toBe(0);
    const list = AmbiguousNameListSchema.parse(JSON.parse(result.stdout));
    expect(
      list.items.map((item) => [item.entity.id, item.candidates.map((c) => c.id), item.override.merge[0]?.into.id]),
    ).toEqual([['person:biden', ['person:joseph-biden', 'person:jill-biden'], 'person:joseph-biden']]);
  }, 240_000);
});

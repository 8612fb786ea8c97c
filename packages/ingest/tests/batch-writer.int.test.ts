import type { GraphStore } from '@newsgraph/graph-store';
import { freshStore } from '@newsgraph/graph-store/testing';
import { OverridesSchema } from '@newsgraph/schema';
import { createBatchWriter, type BatchReport, type PendingArticle } from '../src/batch-writer';
import { prepareArticle } from '../src/index';

// extraction loads its models on first use; on a loaded machine that alone can take most of a minute
jest.setTimeout(180_000);

const context = { overrides: OverridesSchema.parse({}), version: 'v1' };
const TEXTS = [
  'President Emmanuel Macron of France met Chancellor Olaf Scholz of Germany in Paris.',
  'Prime Minister Fumio Kishida of Japan visited Washington on Tuesday.',
  'President Xi Jinping of China met President Joe Biden in Woodside, California.',
  'Secretary of State Antony Blinken travelled to Seoul, South Korea.',
  'Prime Minister Narendra Modi of India spoke with President Lula of Brazil.',
  'Chancellor Karl Nehammer of Austria visited Graz on Friday.',
];

const pending = (text: string, i: number): PendingArticle => ({
  where: `articles.jsonl:${i + 1}`,
  item: prepareArticle({ text, title: `Article ${i + 1}` }, context),
});

/** A promise the test opens when it chooses. */
function gate(): { opened: Promise<void>; open(): void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('the batch writer, on a real Neo4j', () => {
  let store: GraphStore;
  let articles: PendingArticle[];
  beforeAll(() => {
    articles = TEXTS.map(pending);
  });
  beforeEach(async () => {
    store = await freshStore();
  });
  afterEach(() => store.close());

  it('takes the next batches while one is being written, writes them in order, and holds the caller past its queue', async () => {
    const firstWrite = gate();
    const calls: string[][] = [];
    const reports: BatchReport[] = [];
    const writer = createBatchWriter(
      async (items) => {
        calls.push(items.map((item) => item.article.title ?? ''));
        if (calls.length === 1) await firstWrite.opened;
        return store.writeArticles(items);
      },
      { batchSize: 2, maxQueued: 1, onBatch: (report) => reports.push(report) },
    );
    for (const article of articles.slice(0, 5)) await writer.add(article);
    // Two batches handed over while the first is still being written: the caller was not held.
    expect(calls).toEqual([['Article 1', 'Article 2']]);
    expect(reports).toEqual([]);
    let held = true;
    const sixth = writer.add(articles[5] as PendingArticle).then(() => (held = false));
    await settle();
    expect(held).toBe(true);
    firstWrite.open();
    await sixth;
    await writer.close();
    expect(calls).toEqual([
      ['Article 1', 'Article 2'],
      ['Article 3', 'Article 4'],
      ['Article 5', 'Article 6'],
    ]);
    const ids = articles.map((a) => a.item.article.id);
    expect(reports.map((r) => [r.size, r.outcome.written, r.failed])).toEqual([
      [2, ids.slice(0, 2), []],
      [2, ids.slice(2, 4), []],
      [2, ids.slice(4, 6), []],
    ]);
    expect((await store.stats()).articles).toBe(6);
  });

  it('reports a failing article with where it came from, writes the others, and leaves nothing of the bad one', async () => {
    const good = articles.slice(0, 4);
    const source = articles[4] as PendingArticle;
    const extraction = structuredClone(source.item.extraction);
    // An entity type outside the ontology: the store refuses it inside the transaction, after other statements ran.
    const last = extraction.entities.at(-1) as { type: string };
    last.type = 'Alien';
    const bad: PendingArticle = { where: 'articles.jsonl:5', item: { ...source.item, extraction } };
    const reports: BatchReport[] = [];
    const writer = createBatchWriter((items) => store.writeArticles(items), {
      batchSize: 2,
      onBatch: (report) => reports.push(report),
    });
    for (const article of [good[0], bad, good[1], good[2], good[3]]) await writer.add(article as PendingArticle);
    await writer.close();
    expect(reports.flatMap((r) => r.failed)).toEqual([
      { where: 'articles.jsonl:5', error: expect.stringMatching(/^not written: .*unknown entity type "Alien"/) },
    ]);
    expect(reports.map((r) => r.size)).toEqual([2, 2, 1]);
    const graph = await store.exportGraph();
    expect(graph.articles.map((a) => a.id).sort()).toEqual(good.map((a) => a.item.article.id).sort());
    const onlyInBad = source.item.extraction.entities.filter(
      (e) => !good.some((g) => g.item.extraction.entities.some((ge) => ge.id === e.id)),
    );
    expect(onlyInBad.length).toBeGreaterThan(0);
    expect(graph.entities.filter((e) => onlyInBad.some((b) => b.id === e.id))).toEqual([]);
  });
});

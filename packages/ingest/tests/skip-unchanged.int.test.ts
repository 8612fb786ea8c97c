import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphStore } from '@newsgraph/graph-store';
import { freshStore } from '@newsgraph/graph-store/testing';
import { OverridesSchema, type ArticleInput } from '@newsgraph/schema';
import { createProfileRecorder, ingestSources, type PrepareContext, type ProfileRecorder } from '../src/index';
import { skipUnchanged, type Screened } from '../src/skip-unchanged';
import type { ReadResult } from '../src/readers/read-result';

// extraction loads its models on first use; on a loaded machine that alone can take most of a minute
jest.setTimeout(240_000);

const context = (version: string): PrepareContext => ({ overrides: OverridesSchema.parse({}), version });

const ARTICLES: ArticleInput[] = [
  {
    url: 'https://news.example/1',
    title: 'Talks in Paris',
    publishedAt: '2024-05-01',
    text: 'President Emmanuel Macron of France met Chancellor Olaf Scholz of Germany in Paris.',
  },
  {
    url: 'https://news.example/2',
    title: 'A visit',
    publishedAt: '2024-05-02',
    text: 'Prime Minister Fumio Kishida of Japan visited Washington on Tuesday.',
  },
  {
    url: 'https://news.example/3',
    title: 'Summit',
    publishedAt: '2024-05-03',
    text: 'President Xi Jinping of China met President Joe Biden in Woodside, California.',
  },
];

const CHANGED: ArticleInput[] = [
  // new text under the same URL: a new id that replaces the stored article
  { ...(ARTICLES[0] as ArticleInput), text: 'President Emmanuel Macron of France met King Charles in London.' },
  // the same text under a new title: the same id, stored otherwise
  { ...(ARTICLES[1] as ArticleInput), title: 'Kishida in Washington' },
  ARTICLES[2] as ArticleInput,
];

// What ingesting CHANGED over ARTICLES reports: one new text re-extracted, one retitled, one skipped.
const CHANGED_AGAIN = {
  articles: 3,
  new: 0,
  updated: 2,
  unchanged: 1,
  reextracted: { extractor: 0, overrides: 0, content: 1 },
  failed: [],
};

const reads = (articles: ArticleInput[]): ReadResult[] =>
  articles.map((article, i) => ({ ok: true, where: `line ${i + 1}`, article }));

async function screened(store: GraphStore, articles: ArticleInput[], version: string): Promise<Screened[]> {
  const out: Screened[] = [];
  for await (const next of skipUnchanged(reads(articles), () => store, version, 2)) out.push(next);
  return out;
}

describe('ingest skips articles stored unchanged before extracting them, on a real Neo4j', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-skip-'));
  const file = (name: string, articles: ArticleInput[]): string => {
    const path = join(dir, name);
    writeFileSync(path, `${articles.map((a) => JSON.stringify(a)).join('\n')}\n`);
    return path;
  };
  let store: GraphStore;
  beforeEach(async () => {
    store = await freshStore();
  });
  afterEach(() => store.close());
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('re-ingests changed text and changed metadata, skips the unchanged article, and ends with the graph of the new files alone', async () => {
    const changed = file('changed.jsonl', CHANGED);
    await ingestSources(store, [changed], { context: context('v1'), workers: 0, batchSize: 2 });
    const expected = await store.exportGraph();
    await store.clear();

    const first = await ingestSources(store, [file('original.jsonl', ARTICLES)], {
      context: context('v1'),
      workers: 0,
      batchSize: 2,
    });
    expect(first).toMatchObject({ articles: 3, new: 3, updated: 0, unchanged: 0, failed: [] });
    expect(await screened(store, CHANGED, 'v1')).toEqual([
      { kind: 'extract', where: 'line 1', article: CHANGED[0], stale: undefined },
      { kind: 'extract', where: 'line 2', article: CHANGED[1], stale: 'content' },
      { kind: 'skip', where: 'line 3' },
    ]);
    const again = await ingestSources(store, [changed], { context: context('v1'), workers: 0, batchSize: 2 });
    expect(again).toMatchObject(CHANGED_AGAIN);
    expect(await store.exportGraph()).toEqual(expected);
    const third = await ingestSources(store, [changed], { context: context('v1'), workers: 0, batchSize: 2 });
    expect(third).toMatchObject({ new: 0, updated: 0, unchanged: 3 });
  });

  it('extracts every stored article again when the extractor version or the overrides changed, and says which', async () => {
    const original = file('original.jsonl', ARTICLES);
    await ingestSources(store, [original], { context: context('v1'), workers: 0, batchSize: 200 });
    const overrides = await ingestSources(store, [original], {
      context: context('v1+overrides.aaaa1111'),
      workers: 0,
      batchSize: 200,
    });
    expect(overrides).toMatchObject({
      updated: 3,
      unchanged: 0,
      reextracted: { extractor: 0, overrides: 3, content: 0 },
    });
    expect(await store.countStaleArticles('v1+overrides.aaaa1111')).toBe(0);
    expect(await screened(store, ARTICLES, 'v2+overrides.aaaa1111')).toEqual(
      ARTICLES.map((article, i) => ({ kind: 'extract', where: `line ${i + 1}`, article, stale: 'extractor' })),
    );
    const bumped = await ingestSources(store, [original], { context: context('v2'), workers: 0, batchSize: 200 });
    expect(bumped).toMatchObject({
      new: 0,
      updated: 3,
      unchanged: 0,
      reextracted: { extractor: 3, overrides: 0, content: 0 },
      failed: [],
    });
    expect(await store.countStaleArticles('v2')).toBe(0);
    expect((await store.stats()).articles).toBe(3);
  });

  it('skips an article whose text came earlier in the same run, in that run and the next', async () => {
    const twice = file('twice.jsonl', [
      ARTICLES[0] as ArticleInput,
      { ...(ARTICLES[0] as ArticleInput), title: 'Copy' },
    ]);
    const first = await ingestSources(store, [twice], { context: context('v1'), workers: 0, batchSize: 200 });
    expect(first).toMatchObject({ articles: 2, new: 1, updated: 0, unchanged: 1 });
    const again = await ingestSources(store, [twice], { context: context('v1'), workers: 0, batchSize: 200 });
    expect(again).toMatchObject({ articles: 2, new: 0, updated: 0, unchanged: 2 });
    expect((await store.exportGraph()).articles.map((a) => a.title)).toEqual(['Talks in Paris']);
  });

  it('given its store only after extraction began (Neo4j still starting), looks articles up before writing them', async () => {
    const changed = file('changed.jsonl', CHANGED);
    await ingestSources(store, [changed], { context: context('v1'), workers: 0, batchSize: 2 });
    const expected = await store.exportGraph();
    await store.clear();
    await ingestSources(store, [file('original.jsonl', ARTICLES)], {
      context: context('v1'),
      workers: 0,
      batchSize: 2,
    });

    // The store is handed over once the first article is extracted, so all three were read without a look-up.
    let handOver: (s: GraphStore) => void = () => {};
    const late = new Promise<GraphStore>((resolve) => (handOver = resolve));
    const recorder = createProfileRecorder();
    const profile: ProfileRecorder = {
      ...recorder,
      mark(name) {
        recorder.mark(name);
        if (name === 'first article extracted') handOver(store);
      },
    };
    const again = await ingestSources(late, [changed], { context: context('v1'), workers: 0, batchSize: 2, profile });
    expect(again).toMatchObject(CHANGED_AGAIN);
    // the unchanged article was extracted (it could not be looked up in time) but not written
    expect(recorder.result().steps['look up stored articles']?.count).toBe(2);
    expect(await store.exportGraph()).toEqual(expected);
  });

  it('fails the run with the error of a store that never comes, writing nothing', async () => {
    const never = Promise.reject(new Error('Neo4j did not start'));
    await expect(
      ingestSources(never, [file('original.jsonl', ARTICLES)], { context: context('v1'), workers: 0, batchSize: 2 }),
    ).rejects.toThrow('Neo4j did not start');
    expect((await store.stats()).articles).toBe(0);
  });
});

import { join } from 'node:path';
import type { GraphStore } from '@newsgraph/graph-store';
import { freshStore } from '@newsgraph/graph-store/testing';
import { OverridesSchema } from '@newsgraph/schema';
import { ingestSources, reextract, type PrepareContext, type ProgressEvent } from '../src/index';

const ARTICLES = join(__dirname, 'fixtures', 'articles');
const context = (version: string): PrepareContext => ({ overrides: OverridesSchema.parse({}), version });

/** The events a run reported, in order. */
function recorder(): { events: ProgressEvent[]; listener: (event: ProgressEvent) => void } {
  const events: ProgressEvent[] = [];
  return { events, listener: (event) => events.push(event) };
}

describe('ingestSources and reextract report progress through their callback, on a real Neo4j', () => {
  let store: GraphStore;
  beforeEach(async () => {
    store = await freshStore();
  });
  afterEach(() => store.close());

  it('tells the expected total first, each settled article as it goes, and the end once', async () => {
    const { events, listener } = recorder();
    const summary = await ingestSources(store, [ARTICLES], {
      context: context('v1'),
      workers: 0,
      batchSize: 2,
      onProgress: listener,
    });
    // Four plain files and four JSON Lines lines: three articles, five inputs that cannot be read.
    expect(summary).toMatchObject({ articles: 8, new: 3, unchanged: 0 });
    expect(summary.failed).toHaveLength(5);
    expect(events[0]).toEqual({ type: 'start', total: 8 });
    expect(events.at(-1)).toEqual({ type: 'end', done: 8, total: 8 });
    const advances = events.slice(1, -1);
    expect(advances.every((e) => e.type === 'advance' && e.total === 8)).toBe(true);
    const done = advances.map((e) => (e.type === 'advance' ? e.done : -1));
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(new Set(done).size).toBe(done.length);
    expect(done.at(-1)).toBe(8);
  });

  it('raises the total when the sources hold more articles than estimated', async () => {
    const { events, listener } = recorder();
    // A JSON array file counts as one article in the estimate; this one holds three items.
    const formats = join(__dirname, 'fixtures', 'formats', 'articles.json');
    await ingestSources(store, [formats], { context: context('v1'), workers: 0, batchSize: 200, onProgress: listener });
    expect(events[0]).toEqual({ type: 'start', total: 1 });
    expect(events.at(-1)).toEqual({ type: 'end', done: 3, total: 3 });
  });

  it('re-extracts the articles of another version, reporting them against the stale count', async () => {
    await ingestSources(store, [join(ARTICLES, 'nested', 'two.jsonl')], {
      context: context('v1'),
      workers: 0,
      batchSize: 200,
    });
    const { events, listener } = recorder();
    const summary = await reextract(store, { context: context('v2'), workers: 0, onProgress: listener });
    expect(summary).toEqual({ stale: 2, updated: 2, failed: [] });
    expect(events).toEqual([
      { type: 'start', total: 2 },
      { type: 'advance', done: 2, total: 2 },
      { type: 'end', done: 2, total: 2 },
    ]);
    const again = recorder();
    expect(await reextract(store, { context: context('v2'), workers: 0, onProgress: again.listener })).toEqual({
      stale: 0,
      updated: 0,
      failed: [],
    });
    expect(again.events).toEqual([]);
  });
});

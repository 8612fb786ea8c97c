import type { ArticleToWrite, GraphStore, WriteOutcome } from '@newsgraph/graph-store';
import { toNewsgraphError, type ArticleInput } from '@newsgraph/schema';
import { createBatchWriter } from './batch-writer';
import { estimateArticles } from './estimate-articles';
import type { IngestFailure } from './ingest-failure';
import type { ProfileRecorder } from './ingest-profile';
import { createExtractionPool, poolWindow, type ExtractionPool } from './extraction/extraction-pool';
import { inOrder } from './extraction/in-order';
import type { PrepareContext } from './extraction/prepare-article';
import { progressCounter, type ProgressListener } from './progress-event';
import { readSource } from './readers/read-source';
import type { ReadResult } from './readers/read-result';
import { skipUnchanged, staleReason, type Screened, type StaleReason, type StoredLookup } from './skip-unchanged';

/** What an ingest run did, for the summary line and `--json`. */
export interface IngestSummary {
  articles: number;
  new: number;
  updated: number;
  /** Stored with the same content hash and version (or read earlier in the run): skipped before extraction. */
  unchanged: number;
  /** Stored articles extracted again, by why: another extractor version, other overrides, other text or metadata. */
  reextracted: Record<StaleReason, number>;
  failed: IngestFailure[];
  seconds: number;
}

/** How to ingest: the extraction context, extraction threads (0 = inline), articles per transaction, progress. */
export interface IngestOptions {
  context: PrepareContext;
  workers: number;
  batchSize: number;
  /** Warm up a freshly started Neo4j (`GraphStore.warmUp`) while the first batch is extracted, until a batch waits. */
  warmUp?: boolean | undefined;
  /** Told where the run is; without one the sources are not even counted up front. */
  onProgress?: ProgressListener | undefined;
  /** Told the moments and steps of the run, for `ingest --profile`. */
  profile?: ProfileRecorder | undefined;
}

/**
 * A store not opened yet, with what it holds: articles are screened against `lookup` (exactly what the graph holds)
 * and `open` is called once, when the first article needs extracting, so a run of unchanged articles never opens it.
 */
export interface DeferredStore {
  lookup: StoredLookup;
  open(): Promise<GraphStore>;
}

function isDeferred(store: GraphStore | Promise<GraphStore> | DeferredStore): store is DeferredStore {
  return !(store instanceof Promise) && 'open' in store && 'lookup' in store;
}

/** An extracted article (not looked up in the store when `unscreened`), or undefined for one skipped as unchanged; or why it failed. */
type Extracted =
  | { ok: true; where: string; item: ArticleToWrite | undefined; unscreened?: boolean | undefined }
  | { ok: false; where: string; error: string };

/**
 * Streams articles from the sources through the extraction pool into Neo4j, one transaction per batch written
 * while the next is extracted: a crash loses at most the batches in flight, and a re-run skips before extraction what is stored unchanged
 * (same text, metadata, extractor version and overrides). Every failure is reported.
 *
 * Given the store as a promise (a Neo4j still starting), reading and extraction start at once: articles read before
 * it is ready are looked up just before their batch is written instead, and a store that never comes rejects the run.
 */
export async function ingestSources(
  store: GraphStore | Promise<GraphStore> | DeferredStore,
  sources: string[],
  options: IngestOptions,
): Promise<IngestSummary> {
  const started = Date.now();
  const profile = options.profile;
  profile?.mark('ingest started');
  const deferred = isDeferred(store) ? store : undefined;
  let current = store instanceof Promise || isDeferred(store) ? undefined : store;
  let unavailable: { error: unknown } | undefined;
  let opened: Promise<GraphStore> | undefined;
  // Set once a batch waits to be written: the warm-up stops at its next round, the batch plans what it needs itself.
  let batchWaiting = false;
  // The first write waits for the warm-up, which Neo4j runs while the pool extracts; a failed warm-up only costs
  // speed (a Neo4j that is down fails the writes themselves, each reported).
  let warm: Promise<void> = Promise.resolve();
  const ready = (): Promise<GraphStore> => {
    if (opened) return opened;
    opened = (deferred ? deferred.open() : Promise.resolve(store as GraphStore | Promise<GraphStore>)).then(
      (s) => (current = s),
      (error: unknown) => {
        unavailable = { error };
        throw error;
      },
    );
    // Its rejection is rethrown by the run itself, once the pool and the writer have stopped.
    opened.catch(() => {});
    if (options.warmUp) {
      warm = opened
        .then((s) => s.warmUp({ stopWhen: () => batchWaiting }))
        .then(
          () => profile?.mark('warm-up done'),
          () => undefined,
        );
    }
    return opened;
  };
  // A deferred store is opened only when the first article needs extracting (a run of unchanged ones never opens it).
  if (!deferred) void ready();
  const version = options.context.version;
  // Ids of extracted articles that were read before the store was ready: looked up before they are written.
  const unscreened = new Set<string>();
  const summary: IngestSummary = {
    articles: 0,
    new: 0,
    updated: 0,
    unchanged: 0,
    reextracted: { extractor: 0, overrides: 0, content: 0 },
    failed: [],
    seconds: 0,
  };
  const progress = progressCounter(options.onProgress ? await estimateArticles(sources) : 0, options.onProgress);
  // Started on the first article to extract: a re-run where every article is unchanged never starts its threads.
  let pool: ExtractionPool | undefined;
  const onStep = profile ? (step: string, ms: number) => profile.step(`write: ${step}`, ms) : undefined;
  const writer = createBatchWriter(
    async (batch) => {
      batchWaiting = true;
      const target = await ready();
      await warm;
      const { items, unchanged } = await lookUpLate(target, batch);
      if (items.length === 0) return { written: [], updated: [], unchanged };
      const withLate = (outcome: WriteOutcome): WriteOutcome => ({
        ...outcome,
        unchanged: [...outcome.unchanged, ...unchanged],
      });
      if (!profile) return withLate(await target.writeArticles(items));
      const startedAt = performance.now();
      try {
        return withLate(await target.writeArticles(items, { onStep }));
      } finally {
        profile.batch({
          articles: items.length,
          startedAt: Math.round(startedAt),
          endedAt: Math.round(performance.now()),
        });
      }
    },
    {
      batchSize: options.batchSize,
      onBatch: (report) => {
        summary.new += report.outcome.written.length;
        summary.updated += report.outcome.updated.length;
        summary.unchanged += report.outcome.unchanged.length;
        summary.failed.push(...report.failed);
        progress.advance(report.size);
      },
    },
  );
  async function* everyArticle(): AsyncGenerator<ReadResult> {
    for (const source of sources) {
      for await (const read of readSource(source)) {
        if (summary.articles === 0) profile?.mark('first article read');
        summary.articles += 1;
        yield read;
      }
    }
  }
  const extract = (next: Screened): Promise<Extracted> => {
    if (next.kind === 'failed') return Promise.resolve({ ok: false, where: next.where, error: next.error });
    if (next.kind === 'skip') return Promise.resolve({ ok: true, where: next.where, item: undefined });
    if (next.stale) summary.reextracted[next.stale] += 1;
    if (!pool) {
      // a deferred store starts opening (its Neo4j booting) while this first article is extracted
      void ready();
      pool = createExtractionPool({ workers: options.workers, prepare: options.context });
      profile?.mark('extraction pool created');
    }
    return extractOne(pool, next.where, next.article, next.unscreened === true);
  };
  // Articles extracted before the store was ready: the look-up skipUnchanged could not make, made before writing.
  const lookUpLate = async (
    target: GraphStore,
    batch: ArticleToWrite[],
  ): Promise<{ items: ArticleToWrite[]; unchanged: string[] }> => {
    const late = batch.filter((item) => unscreened.has(item.article.id));
    if (late.length === 0) return { items: batch, unchanged: [] };
    const check = await (profile ? timedLookups(target, profile) : target).unchangedArticles(
      late.map((item) => ({ id: item.article.id, contentHash: item.article.contentHash ?? '' })),
      version,
    );
    for (const item of late) unscreened.delete(item.article.id);
    for (const stored of check.stale) summary.reextracted[staleReason(stored, version)] += 1;
    const unchanged = new Set(check.unchanged);
    return { items: batch.filter((item) => !unchanged.has(item.article.id)), unchanged: [...unchanged] };
  };

  try {
    // A deferred store's list is what the graph holds (this run's own writes are caught by skipUnchanged's ids seen).
    const lookup = (): StoredLookup | undefined => {
      const from = deferred ? deferred.lookup : current;
      return from && (profile ? timedLookups(from, profile) : from);
    };
    const screened = skipUnchanged(everyArticle(), lookup, version);
    for await (const next of inOrder(screened, extract, poolWindow(options.workers))) {
      // Neo4j did not start: nothing can be written, so reading and extracting stop here.
      if (unavailable) break;
      if (!next.ok) summary.failed.push({ where: next.where, error: next.error });
      else if (next.item === undefined) summary.unchanged += 1;
      else {
        if (next.unscreened) unscreened.add(next.item.article.id);
        profile?.mark('first article extracted');
        // Returns at once while the writer keeps up, so extraction goes on during a batch's write.
        const queued = performance.now();
        await writer.add({ where: next.where, item: next.item });
        profile?.step('extraction waiting for the writer', performance.now() - queued);
        continue;
      }
      progress.advance(1);
    }
    profile?.mark('every article extracted');
  } finally {
    await writer.close();
    profile?.mark('every batch written');
    progress.end();
    await pool?.close();
    profile?.mark('extraction pool closed');
  }
  if (unavailable) throw unavailable.error;
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

// The look-ups of stored articles, timed: they run in the reading loop, before extraction.
function timedLookups(store: StoredLookup, profile: ProfileRecorder): StoredLookup {
  return {
    unchangedArticles: async (articles, version) => {
      const started = performance.now();
      try {
        return await store.unchangedArticles(articles, version);
      } finally {
        profile.step('look up stored articles', performance.now() - started);
      }
    },
  };
}

function extractOne(
  pool: ExtractionPool,
  where: string,
  article: ArticleInput,
  unscreened: boolean,
): Promise<Extracted> {
  return pool.prepare(article).then(
    (item): Extracted => ({ ok: true, where, item, unscreened }),
    (error: unknown): Extracted => ({
      ok: false,
      where,
      error: `extraction failed: ${toNewsgraphError(error).message}`,
    }),
  );
}

import type { ArticleToWrite, GraphStore } from '@newsgraph/graph-store';
import { toNewsgraphError, type ArticleInput } from '@newsgraph/schema';
import { createBatchWriter } from './batch-writer';
import { estimateArticles } from './estimate-articles';
import type { IngestFailure } from './ingest-failure';
import { createExtractionPool, poolWindow, type ExtractionPool } from './extraction/extraction-pool';
import { inOrder } from './extraction/in-order';
import type { PrepareContext } from './extraction/prepare-article';
import { progressCounter, type ProgressListener } from './progress-event';
import { readSource } from './readers/read-source';
import type { ReadResult } from './readers/read-result';
import { skipUnchanged, type Screened, type StaleReason } from './skip-unchanged';

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
  /** Warm up a freshly started Neo4j (`GraphStore.warmUp`) while the first batch is extracted. */
  warmUp?: boolean | undefined;
  /** Told where the run is; without one the sources are not even counted up front. */
  onProgress?: ProgressListener | undefined;
}

/** An extracted article, or undefined for one skipped as unchanged; or why it failed. */
type Extracted =
  { ok: true; where: string; item: ArticleToWrite | undefined } | { ok: false; where: string; error: string };

/**
 * Streams articles from the sources through the extraction pool into Neo4j, one transaction per batch written
 * while the next is extracted: a crash loses at most the batches in flight, and a re-run skips before extraction what is stored unchanged
 * (same text, metadata, extractor version and overrides). Every failure is reported.
 */
export async function ingestSources(
  store: GraphStore,
  sources: string[],
  options: IngestOptions,
): Promise<IngestSummary> {
  const started = Date.now();
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
  // The first write waits for the warm-up, which Neo4j runs while the pool extracts; a failed warm-up only costs
  // speed (a Neo4j that is down fails the writes themselves, each reported).
  const warm = options.warmUp ? store.warmUp().catch(() => undefined) : Promise.resolve();
  const writer = createBatchWriter(
    async (items) => {
      await warm;
      return store.writeArticles(items);
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
        summary.articles += 1;
        yield read;
      }
    }
  }
  const extract = (next: Screened): Promise<Extracted> => {
    if (next.kind === 'failed') return Promise.resolve({ ok: false, where: next.where, error: next.error });
    if (next.kind === 'skip') return Promise.resolve({ ok: true, where: next.where, item: undefined });
    if (next.stale) summary.reextracted[next.stale] += 1;
    pool ??= createExtractionPool({ workers: options.workers, prepare: options.context });
    return extractOne(pool, next.where, next.article);
  };

  try {
    const screened = skipUnchanged(everyArticle(), store, options.context.version);
    for await (const next of inOrder(screened, extract, poolWindow(options.workers))) {
      if (!next.ok) summary.failed.push({ where: next.where, error: next.error });
      else if (next.item === undefined) summary.unchanged += 1;
      else {
        // Returns at once while the writer keeps up, so extraction goes on during a batch's write.
        await writer.add({ where: next.where, item: next.item });
        continue;
      }
      progress.advance(1);
    }
  } finally {
    await writer.close();
    progress.end();
    await pool?.close();
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

function extractOne(pool: ExtractionPool, where: string, article: ArticleInput): Promise<Extracted> {
  return pool.prepare(article).then(
    (item): Extracted => ({ ok: true, where, item }),
    (error: unknown): Extracted => ({
      ok: false,
      where,
      error: `extraction failed: ${toNewsgraphError(error).message}`,
    }),
  );
}

import type { ArticleToWrite, GraphStore } from '@newsgraph/graph-store';
import { toNewsgraphError, type ArticleInput } from '@newsgraph/schema';
import { estimateArticles } from './estimate-articles';
import { createExtractionPool, type ExtractionPool } from './extraction/extraction-pool';
import { inOrder } from './extraction/in-order';
import type { PrepareContext } from './extraction/prepare-article';
import { progressCounter, type ProgressListener } from './progress-event';
import { readSource } from './readers/read-source';
import type { ReadResult } from './readers/read-result';

/** An input that did not make it into the graph, and why. */
export interface IngestFailure {
  where: string;
  error: string;
}

/** What an ingest run did, for the summary line and `--json`. */
export interface IngestSummary {
  articles: number;
  new: number;
  updated: number;
  unchanged: number;
  failed: IngestFailure[];
  seconds: number;
}

/** How to ingest: the extraction context, extraction threads (0 = inline), articles per transaction, progress. */
export interface IngestOptions {
  context: PrepareContext;
  workers: number;
  batchSize: number;
  /** Told where the run is; without one the sources are not even counted up front. */
  onProgress?: ProgressListener | undefined;
}

type Extracted = { ok: true; where: string; item: ArticleToWrite } | { ok: false; where: string; error: string };

/**
 * Streams articles from the sources through the extraction pool into Neo4j, one transaction per batch:
 * a crash loses at most the batch in flight and a re-run skips what is stored. Every failure is reported.
 */
export async function ingestSources(
  store: GraphStore,
  sources: string[],
  options: IngestOptions,
): Promise<IngestSummary> {
  const started = Date.now();
  const summary: IngestSummary = { articles: 0, new: 0, updated: 0, unchanged: 0, failed: [], seconds: 0 };
  const progress = progressCounter(options.onProgress ? await estimateArticles(sources) : 0, options.onProgress);
  const pool = createExtractionPool({ workers: options.workers, prepare: options.context });
  let batch: { where: string; item: ArticleToWrite }[] = [];
  let writing: Promise<void> = Promise.resolve();

  const write = async (items: { where: string; item: ArticleToWrite }[]): Promise<void> => {
    try {
      const outcome = await store.writeArticles(items.map((b) => b.item));
      summary.new += outcome.written.length;
      summary.updated += outcome.updated.length;
      summary.unchanged += items.length - outcome.written.length - outcome.updated.length;
    } catch (error) {
      const message = toNewsgraphError(error).message;
      summary.failed.push(...items.map((b) => ({ where: b.where, error: `not written: ${message}` })));
    }
    progress.advance(items.length);
  };
  async function* everyArticle(): AsyncGenerator<ReadResult> {
    for (const source of sources) {
      for await (const read of readSource(source)) {
        summary.articles += 1;
        yield read;
      }
    }
  }
  const extract = (read: ReadResult): Promise<Extracted> =>
    read.ok ? extractOne(pool, read.where, read.article) : Promise.resolve(read);

  try {
    for await (const next of inOrder(everyArticle(), extract, pool.window)) {
      if (!next.ok) {
        summary.failed.push({ where: next.where, error: next.error });
        progress.advance(1);
        continue;
      }
      batch.push({ where: next.where, item: next.item });
      if (batch.length >= options.batchSize) {
        const full = batch;
        batch = [];
        // One write in flight at a time, overlapping with extraction of the next batch.
        await writing;
        writing = write(full);
      }
    }
    await writing;
    if (batch.length > 0) await write(batch);
  } finally {
    progress.end();
    await pool.close();
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

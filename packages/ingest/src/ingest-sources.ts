import type { ArticleToWrite, GraphStore } from '@newsgraph/graph-store';
import { toNewsgraphError } from '@newsgraph/schema';
import type { Logger } from 'pino';
import { readSource } from '../readers/read-source';
import { createExtractionPool, type ExtractionPool } from './extraction-pool';
import { estimateArticles } from './estimate';
import type { PrepareContext } from './prepare-article';
import { createProgress } from './progress';

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

export interface IngestOptions {
  context: PrepareContext;
  workers: number;
  batchSize: number;
  progress: 'bar' | 'log' | 'none';
  logger: Logger;
}

type Extracted = { ok: true; where: string; item: ArticleToWrite } | { ok: false; where: string; error: string };

/**
 * Streams articles from the sources through worker-thread extraction into Neo4j, one transaction per batch:
 * a crash loses at most the batch in flight and a re-run skips what is stored. Every failure is reported.
 */
export async function ingestSources(
  store: GraphStore,
  sources: string[],
  options: IngestOptions,
): Promise<IngestSummary> {
  const started = Date.now();
  const summary: IngestSummary = { articles: 0, new: 0, updated: 0, unchanged: 0, failed: [], seconds: 0 };
  const expected = options.progress === 'none' ? 0 : await estimateArticles(sources);
  const progress = createProgress(expected, options.progress, options.logger);
  const pool = createExtractionPool(options.workers, options.context);
  const window = Math.max(options.workers, 1) * 8;
  const inflight: Promise<Extracted>[] = [];
  let batch: { where: string; item: ArticleToWrite }[] = [];
  let writing: Promise<void> = Promise.resolve();
  let done = 0;

  const finish = (count: number): void => {
    done += count;
    if (done > expected) progress.grow(done);
    progress.tick(done);
  };
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
    finish(items.length);
  };
  const settle = async (): Promise<void> => {
    const next = await inflight.shift();
    if (!next) return;
    if (!next.ok) {
      summary.failed.push({ where: next.where, error: next.error });
      finish(1);
      return;
    }
    batch.push({ where: next.where, item: next.item });
    if (batch.length >= options.batchSize) {
      const full = batch;
      batch = [];
      // One write in flight at a time, overlapping with extraction of the next batch.
      await writing;
      writing = write(full);
    }
  };

  try {
    for (const source of sources) {
      for await (const read of readSource(source)) {
        summary.articles += 1;
        inflight.push(read.ok ? extractOne(pool, read.where, read.article) : Promise.resolve(read));
        if (inflight.length >= window) await settle();
      }
    }
    while (inflight.length > 0) await settle();
    await writing;
    if (batch.length > 0) await write(batch);
  } finally {
    progress.stop();
    await pool.close();
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

function extractOne(
  pool: ExtractionPool,
  where: string,
  article: Parameters<ExtractionPool['run']>[0],
): Promise<Extracted> {
  return pool.run(article).then(
    (item): Extracted => ({ ok: true, where, item }),
    (error: unknown): Extracted => ({
      ok: false,
      where,
      error: `extraction failed: ${toNewsgraphError(error).message}`,
    }),
  );
}

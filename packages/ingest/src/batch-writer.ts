import type { ArticleToWrite, WriteOutcome } from '@newsgraph/graph-store';
import { toNewsgraphError } from '@newsgraph/schema';
import type { IngestFailure } from './ingest-failure';

/** An extracted article waiting to be written, with where it was read for a failure report. */
export interface PendingArticle {
  where: string;
  item: ArticleToWrite;
}

/** What one batch's write did: the store's outcome for what landed, and each article that did not. */
export interface BatchReport {
  size: number;
  outcome: WriteOutcome;
  failed: IngestFailure[];
}

/** Writes a list of articles in one transaction: `GraphStore.writeArticles`, or a wrapper around it. */
export type WriteBatch = (items: ArticleToWrite[]) => Promise<WriteOutcome>;

export interface BatchWriterOptions {
  batchSize: number;
  /** Full batches allowed to wait behind the one being written before `add` makes its caller wait. */
  maxQueued?: number | undefined;
  /** Told after each batch, in the order the batches were filled. */
  onBatch(report: BatchReport): void;
}

/** Writes articles in batches on one connection, in order, while its caller goes on extracting. */
export interface BatchWriter {
  /** Queues an article; resolves at once unless `maxQueued` full batches are already waiting. */
  add(article: PendingArticle): Promise<void>;
  /** Writes what is left and waits until every batch is settled. */
  close(): Promise<void>;
}

/**
 * Batches are written one after another (concurrent writers would contend for the same entities' locks), each in
 * one transaction so a crash leaves whole articles; a batch that fails is written again article by article, so
 * one bad article is reported with where it came from and the others still land.
 */
export function createBatchWriter(write: WriteBatch, options: BatchWriterOptions): BatchWriter {
  const batchSize = Math.max(1, Math.floor(options.batchSize));
  const maxQueued = Math.max(0, options.maxQueued ?? 1);
  let filling: PendingArticle[] = [];
  let last: Promise<void> = Promise.resolve();
  const unsettled: Promise<void>[] = [];

  const send = (batch: PendingArticle[]): void => {
    const done = last.then(async () => options.onBatch(await writeBatch(write, batch)));
    last = done;
    unsettled.push(done);
    void done.finally(() => unsettled.splice(unsettled.indexOf(done), 1));
  };

  return {
    async add(article) {
      filling.push(article);
      if (filling.length < batchSize) return;
      send(filling);
      filling = [];
      // One batch is being written; beyond it and `maxQueued` waiting, extraction waits for the oldest to land.
      while (unsettled.length > maxQueued + 1) await unsettled[0];
    },
    async close() {
      if (filling.length > 0) send(filling);
      filling = [];
      await last;
    },
  };
}

async function writeBatch(write: WriteBatch, batch: PendingArticle[]): Promise<BatchReport> {
  try {
    return { size: batch.length, outcome: await write(batch.map((p) => p.item)), failed: [] };
  } catch {
    // Which article failed is unknown: each is tried alone, in its own transaction.
    const report: BatchReport = {
      size: batch.length,
      outcome: { written: [], updated: [], unchanged: [] },
      failed: [],
    };
    for (const pending of batch) {
      try {
        const outcome = await write([pending.item]);
        report.outcome.written.push(...outcome.written);
        report.outcome.updated.push(...outcome.updated);
        report.outcome.unchanged.push(...outcome.unchanged);
      } catch (error) {
        report.failed.push({ where: pending.where, error: `not written: ${toNewsgraphError(error).message}` });
      }
    }
    return report;
  }
}

import { join } from 'node:path';
import type { ArticleToWrite } from '@newsgraph/graph-store';
import type { ArticleInput } from '@newsgraph/schema';
import { Piscina } from 'piscina';
import { runExtractionTask, type ExtractionTask, type PoolContext } from './extraction-task';
import type { PrepareContext } from './prepare-article';

/** Tasks in flight per thread: enough to keep each busy while the main thread reads and writes, few enough to bound memory. */
const IN_FLIGHT_PER_THREAD = 8;

/** How many tasks a caller should keep in flight to keep `workers` threads (0: inline) busy. */
export function poolWindow(workers: number): number {
  return Math.max(Math.floor(workers), 1) * IN_FLIGHT_PER_THREAD;
}

/** How to extract: `workers` 0 extracts on the calling thread, N ≥ 1 on N worker threads. */
export interface ExtractionPoolOptions {
  workers: number;
  /** Overrides and version for `prepare`; a pool without them only answers contract lines. */
  prepare?: PrepareContext | undefined;
  /** False keeps the rules' raw confidences in contract lines; true (calibrated) by default. */
  calibrate?: boolean | undefined;
}

/** Extraction off the main thread, so reading, writing and extracting overlap across cores. */
export interface ExtractionPool {
  /** Worker threads; 0 when extraction runs inline. */
  threads: number;
  /** How many tasks a caller should keep in flight to keep every thread busy. */
  window: number;
  prepare(article: ArticleInput): Promise<ArticleToWrite>;
  extractLine(line: string): Promise<string>;
  close(): Promise<void>;
}

/** The one extraction pool of `extract --jsonl`, `ingest` and `reextract`. */
export function createExtractionPool(options: ExtractionPoolOptions): ExtractionPool {
  const context: PoolContext = { prepare: options.prepare, calibrate: options.calibrate ?? true };
  const threads = Math.max(0, Math.floor(options.workers));
  let run: (task: ExtractionTask) => Promise<ArticleToWrite | string>;
  let close = async (): Promise<void> => {};
  if (threads === 0) {
    // The executor turns a throw into a rejection, the way a worker's failure arrives from the pool.
    run = (task) => new Promise((resolve) => resolve(runExtractionTask(task, context)));
  } else {
    const pool = new Piscina<ExtractionTask, ArticleToWrite | string>({
      filename: join(__dirname, 'extract-worker.js'),
      minThreads: threads,
      maxThreads: threads,
      workerData: context,
    });
    run = (task) => pool.run(task);
    close = () => pool.destroy();
  }
  return {
    threads,
    window: poolWindow(threads),
    prepare: (article) => run({ kind: 'article', article }) as Promise<ArticleToWrite>,
    extractLine: (line) => run({ kind: 'line', line }) as Promise<string>,
    close,
  };
}

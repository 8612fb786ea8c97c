import { join } from 'node:path';
import type { ArticleToWrite } from '@newsgraph/graph-store';
import type { ArticleInput } from '@newsgraph/schema';
import { Piscina } from 'piscina';
import { prepareArticle, type PrepareContext } from './prepare-article';

/** Extraction off the main thread, so reading, writing to Neo4j and extracting overlap across cores. */
export interface ExtractionPool {
  size: number;
  run(article: ArticleInput): Promise<ArticleToWrite>;
  close(): Promise<void>;
}

/** A pool of `workers` threads, or extraction in this thread when workers is 0. */
export function createExtractionPool(workers: number, context: PrepareContext): ExtractionPool {
  if (workers <= 0) {
    return { size: 0, run: async (article) => prepareArticle(article, context), close: async () => {} };
  }
  const pool = new Piscina({
    filename: join(__dirname, 'extract-worker.js'),
    minThreads: workers,
    maxThreads: workers,
    workerData: context,
  });
  return {
    size: workers,
    run: (article) => pool.run(article) as Promise<ArticleToWrite>,
    close: () => pool.destroy(),
  };
}

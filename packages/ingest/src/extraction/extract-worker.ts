import { workerData } from 'node:worker_threads';
import type { ArticleToWrite } from '@newsgraph/graph-store';
import type { ArticleInput } from '@newsgraph/schema';
import { prepareArticle, type PrepareContext } from './prepare-article';

const context = workerData as PrepareContext;

/** Runs in a worker thread: one article in, its extraction out (errors travel back as rejections). */
export default function extractInWorker(article: ArticleInput): ArticleToWrite {
  return prepareArticle(article, context);
}

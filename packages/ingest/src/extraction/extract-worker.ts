import { workerData } from 'node:worker_threads';
import type { ArticleToWrite } from '@newsgraph/graph-store';
import { runExtractionTask, type ExtractionTask, type PoolContext } from './extraction-task';

const context = workerData as PoolContext;

/** Runs in a worker thread: one task in, its result out (errors travel back as rejections). */
export default function extractInWorker(task: ExtractionTask): ArticleToWrite | string {
  return runExtractionTask(task, context);
}

import type { ArticleToWrite } from '@newsgraph/graph-store';
import { NewsgraphError, type ArticleInput } from '@newsgraph/schema';
import { extractLine } from './extract-line';
import { prepareArticle, type PrepareContext } from './prepare-article';

/** What every extraction thread (or the main thread, inline) is set up with once. */
export interface PoolContext {
  /** Overrides and version for articles; absent for a pool that only answers contract lines. */
  prepare?: PrepareContext | undefined;
  /** False keeps the rules' raw confidences in contract lines (fitting a calibration needs them). */
  calibrate: boolean;
}

/** One unit of work: an article to prepare for the graph, or a contract line to answer. */
export type ExtractionTask = { kind: 'article'; article: ArticleInput } | { kind: 'line'; line: string };

/** Runs one task; the same function runs in a worker thread and inline, so both give the same output. */
export function runExtractionTask(task: ExtractionTask, context: PoolContext): ArticleToWrite | string {
  if (task.kind === 'line') return JSON.stringify(extractLine(task.line, { calibrate: context.calibrate }));
  if (!context.prepare) throw new NewsgraphError('INTERNAL', 'this extraction pool was made without overrides');
  return prepareArticle(task.article, context.prepare);
}

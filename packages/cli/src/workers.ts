import { availableParallelism } from 'node:os';
import type { Config } from './config';

/**
 * Extraction threads for `extract`, `ingest` and `reextract` alike: NEWSGRAPH_WORKERS when set (0 extracts on the
 * main thread, N on N worker threads), else one per core.
 */
export function workerCount(config: Config): number {
  return config.workers ?? Math.max(1, availableParallelism());
}

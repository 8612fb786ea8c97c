import { availableParallelism } from 'node:os';
import type { Config } from './config';

/** Extraction threads for a command: NEWSGRAPH_WORKERS when set, else one per core. */
export function workerCount(config: Config): number {
  return config.workers ?? Math.max(1, availableParallelism());
}

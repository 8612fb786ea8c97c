import type { GraphStore } from '@newsgraph/graph-store';
import {
  ingestSources,
  type DeferredStore,
  loadPrepareContext,
  reextract,
  type IngestSummary,
  type PrepareContext,
  type ProfileRecorder,
  type ReextractSummary,
} from '@newsgraph/ingest';
import type { Logger } from 'pino';
import type { Config } from './config';
import { defaultProgressMode, renderProgress, type ProgressMode } from './progress-bar';
import { workerCount } from './workers';

/** What `ingest` and `reextract` take from the command line; what is absent comes from the configuration. */
export interface RunOptions {
  workers?: number | undefined;
  batchSize?: number | undefined;
  overrides?: string | undefined;
  progress?: ProgressMode | undefined;
  /** Warm up Neo4j (just started for this command) while the first batch is extracted. */
  warmUp?: boolean | undefined;
  /** Records where the run's time goes (`--profile`). */
  profile?: ProfileRecorder | undefined;
}

/** The extraction context of this run: overrides from the named file, else from the configured one. */
export function prepareContext(config: Config, overridesFile: string | undefined): PrepareContext {
  return overridesFile
    ? loadPrepareContext(overridesFile, true)
    : loadPrepareContext(config.overridesPath, config.overridesRequired);
}

/** `newsgraph ingest`: sources (files, directories, URLs, `-`) into the graph, with a summary of what happened; the store may still be starting, or not yet opened. */
export function runIngest(
  store: GraphStore | Promise<GraphStore> | DeferredStore,
  sources: string[],
  config: Config,
  logger: Logger,
  options: RunOptions,
): Promise<IngestSummary> {
  return ingestSources(store, sources, {
    context: prepareContext(config, options.overrides),
    workers: options.workers ?? workerCount(config),
    batchSize: options.batchSize ?? 200,
    warmUp: options.warmUp ?? false,
    profile: options.profile,
    onProgress: renderProgress(options.progress ?? defaultProgressMode(), logger, 'ingest'),
  });
}

/** `newsgraph reextract`: every article read by an older extractor (or other overrides) extracted again. */
export function runReextract(
  store: GraphStore,
  config: Config,
  logger: Logger,
  options: RunOptions,
): Promise<ReextractSummary> {
  return reextract(store, {
    context: prepareContext(config, options.overrides),
    workers: options.workers ?? workerCount(config),
    batchSize: options.batchSize,
    onProgress: renderProgress(options.progress ?? defaultProgressMode(), logger, 'reextract'),
  });
}

/** The one-line human summary of an ingest (the failures themselves go to stderr, one line each). */
export function describeIngest(summary: IngestSummary): string {
  const rate =
    summary.seconds > 0
      ? ` in ${summary.seconds.toFixed(1)} s (${(summary.articles / summary.seconds).toFixed(1)} articles/s)`
      : '';
  return `${summary.articles} articles: ${summary.new} new, ${summary.updated} updated, ${summary.unchanged} unchanged (skipped), ${summary.failed.length} failed${rate}${describeReextracted(summary.reextracted)}`;
}

/** Why stored articles were extracted again, so a slow re-run over a known folder explains itself. */
function describeReextracted(counts: IngestSummary['reextracted']): string {
  const reasons = [
    counts.extractor > 0 ? `${counts.extractor} read by another extractor version` : '',
    counts.overrides > 0 ? `${counts.overrides} read with other overrides` : '',
    counts.content > 0 ? `${counts.content} with changed text or metadata` : '',
  ].filter((reason) => reason !== '');
  const total = counts.extractor + counts.overrides + counts.content;
  return total > 0 ? `; re-extracted ${total} stored article${total === 1 ? '' : 's'}: ${reasons.join(', ')}` : '';
}

/** The one-line human summary of a re-extraction. */
export function describeReextract(summary: ReextractSummary): string {
  return `${summary.stale} stale articles: ${summary.updated} re-extracted, ${summary.failed.length} failed`;
}

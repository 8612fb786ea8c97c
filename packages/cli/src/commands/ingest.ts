import { EXTRACTOR_VERSION } from '@newsgraph/extractor';
import type { GraphStore } from '@newsgraph/graph-store';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { workerCount } from '../workers';
import { ingestSources, type IngestSummary } from '../ingest/ingest';
import type { PrepareContext } from '../ingest/prepare-article';
import { effectiveVersion, loadOverrides } from '../overrides/load-overrides';

export interface IngestCommandOptions {
  workers?: number | undefined;
  batchSize?: number | undefined;
  overrides?: string | undefined;
  progress?: 'bar' | 'log' | 'none' | undefined;
}

/** The extraction context of this run: overrides from the file (validated) and the version they make. */
export function prepareContext(config: Config, overridesFile: string | undefined): PrepareContext {
  const loaded = overridesFile
    ? loadOverrides(overridesFile, true)
    : loadOverrides(config.overridesPath, config.overridesRequired);
  return { overrides: loaded.overrides, version: effectiveVersion(EXTRACTOR_VERSION, loaded) };
}

/** `newsgraph ingest`: sources (files, directories, URLs, `-`) into the graph, with a summary of what happened. */
export function runIngest(
  store: GraphStore,
  sources: string[],
  config: Config,
  logger: Logger,
  options: IngestCommandOptions,
): Promise<IngestSummary> {
  return ingestSources(store, sources, {
    context: prepareContext(config, options.overrides),
    workers: options.workers ?? workerCount(config),
    batchSize: options.batchSize ?? 200,
    progress: options.progress ?? (process.stderr.isTTY ? 'bar' : 'log'),
    logger,
  });
}

/** The one-line human summary of an ingest (the failures themselves go to stderr, one line each). */
export function describeIngest(summary: IngestSummary): string {
  const rate =
    summary.seconds > 0
      ? ` in ${summary.seconds.toFixed(1)} s (${(summary.articles / summary.seconds).toFixed(1)} articles/s)`
      : '';
  return `${summary.articles} articles: ${summary.new} new, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed.length} failed${rate}`;
}

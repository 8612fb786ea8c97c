import type { GraphStore } from '@newsgraph/graph-store';
import { toNewsgraphError } from '@newsgraph/schema';
import { createExtractionPool } from './extraction/extraction-pool';
import type { PrepareContext } from './extraction/prepare-article';
import type { IngestFailure } from './ingest-failure';
import { progressCounter, type ProgressListener } from './progress-event';

/** What a re-extraction did: how many stored articles were stale, how many were brought up to date. */
export interface ReextractSummary {
  stale: number;
  updated: number;
  failed: IngestFailure[];
}

/** How to re-extract: the context that defines "current", extraction threads (0 = inline), batch size, progress. */
export interface ReextractOptions {
  context: PrepareContext;
  workers: number;
  batchSize?: number | undefined;
  onProgress?: ProgressListener | undefined;
}

/**
 * Brings every article read by another extractor version (or other overrides) up to date, a batch per
 * transaction, so an improved extractor reaches graphs built before it and a crash leaves whole articles.
 */
export async function reextract(store: GraphStore, options: ReextractOptions): Promise<ReextractSummary> {
  const { context } = options;
  const batchSize = options.batchSize ?? 50;
  const stale = await store.countStaleArticles(context.version);
  const summary: ReextractSummary = { stale, updated: 0, failed: [] };
  if (stale === 0) return summary;
  const progress = progressCounter(stale, options.onProgress);
  const pool = createExtractionPool({ workers: Math.min(options.workers, stale), prepare: context });
  const skipped = new Set<string>();
  try {
    for (;;) {
      const page = (await store.staleArticles(context.version, batchSize + skipped.size)).filter(
        (a) => !skipped.has(a.id),
      );
      if (page.length === 0) break;
      const prepared = await Promise.all(
        page.map(async (article) => {
          try {
            const { id: _id, extractorVersion: _v, ingestedAt, ...input } = article;
            const item = await pool.prepare(input);
            // The id stays that of the stored text; the original ingest time is kept.
            return { ...item, article: { ...item.article, id: article.id, ingestedAt } };
          } catch (error) {
            skipped.add(article.id);
            summary.failed.push({ where: article.id, error: `extraction failed: ${toNewsgraphError(error).message}` });
            progress.advance(1);
            return undefined;
          }
        }),
      );
      const batch = prepared.filter((item) => item !== undefined);
      if (batch.length === 0) continue;
      try {
        const outcome = await store.writeArticles(batch, { replaceExisting: true });
        summary.updated += outcome.updated.length + outcome.written.length;
      } catch (error) {
        for (const item of batch) skipped.add(item.article.id);
        summary.failed.push(
          ...batch.map((item) => ({
            where: item.article.id,
            error: `not written: ${toNewsgraphError(error).message}`,
          })),
        );
      }
      progress.advance(batch.length);
    }
  } finally {
    progress.end();
    await pool.close();
  }
  return summary;
}

import type { GraphStore } from '@newsgraph/graph-store';
import { NewsgraphError, toNewsgraphError } from '@newsgraph/schema';
import type { Logger } from 'pino';
import { createExtractionPool } from '../ingest/extraction-pool';
import type { PrepareContext } from '../ingest/prepare-article';
import { createProgress } from '../ingest/progress';

export interface ReextractSummary {
  stale: number;
  updated: number;
  failed: { where: string; error: string }[];
}

/**
 * Brings every article read by another extractor version (or other overrides) up to date, a batch per
 * transaction, so an improved extractor reaches graphs built before it and a crash leaves whole articles.
 */
export async function reextract(
  store: GraphStore,
  context: PrepareContext,
  workers: number,
  logger: Logger,
  batchSize = 50,
): Promise<ReextractSummary> {
  const stale = await store.countStaleArticles(context.version);
  const summary: ReextractSummary = { stale, updated: 0, failed: [] };
  if (stale === 0) return summary;
  const progress = createProgress(stale, process.stderr.isTTY ? 'bar' : 'log', logger);
  const pool = createExtractionPool(Math.min(workers, stale), context);
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
            const item = await pool.run(input);
            // The id stays that of the stored text; the original ingest time is kept.
            return { ...item, article: { ...item.article, id: article.id, ingestedAt } };
          } catch (error) {
            skipped.add(article.id);
            summary.failed.push({ where: article.id, error: `extraction failed: ${toNewsgraphError(error).message}` });
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
      progress.tick(summary.updated + summary.failed.length);
    }
  } finally {
    progress.stop();
    await pool.close();
  }
  return summary;
}

/** `delete --article <id>… | --source <name>`: takes their contribution out; unknown ids are an error. */
export async function deleteFromGraph(
  store: GraphStore,
  options: { article?: string[] | undefined; source?: string | undefined },
): Promise<string[]> {
  if (!options.article?.length && !options.source)
    throw new NewsgraphError('BAD_INPUT', 'say what to delete: --article <id> or --source <name>');
  const ids = [...(options.article ?? []), ...(options.source ? await store.articleIdsOfSource(options.source) : [])];
  if (ids.length === 0) throw new NewsgraphError('NOT_FOUND', `no articles from source "${options.source}"`);
  const deleted: string[] = [];
  for (let i = 0; i < ids.length; i += 200) deleted.push(...(await store.deleteArticles(ids.slice(i, i + 200))));
  const missing = ids.filter((id) => !deleted.includes(id));
  if (missing.length > 0)
    throw new NewsgraphError(
      'NOT_FOUND',
      `no article with id ${missing.join(', ')}${deleted.length ? ` (deleted ${deleted.length} others)` : ''}`,
    );
  return deleted;
}

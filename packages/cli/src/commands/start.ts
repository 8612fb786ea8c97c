import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { acquireNeo4j } from '../neo4j-owner';
import { describeIngest, runIngest, runReextract } from '../run-ingest';
import { serve, stopServingOnSignal } from '../serve-app';
import { ensureViewerBuilt } from '../viewer-build';

/** The seed articles shipped with the repository. */
export const SEEDS_DIR = join(__dirname, '..', '..', '..', '..', 'seeds');

/** `pnpm start`: viewer built, Neo4j up, seeds ingested (idempotently) and re-extracted when stale, API and viewer served until a signal. */
export async function startApp(config: Config, logger: Logger): Promise<void> {
  ensureViewerBuilt(logger);
  const lease = await acquireNeo4j(config, logger, { early: true });
  // The seeds are read and extracted while a Neo4j this command started boots and the server gets ready.
  const starting = lease.up.then(() => serve(config, lease, logger));
  // Its failure is the ingest's (which waits for the store), so it is not left unhandled while seeds are read.
  starting.catch(() => {});
  try {
    // A Neo4j this command just started warms up while the seeds' first batch is extracted.
    const summary = await runIngest(
      starting.then((s) => s.store),
      [SEEDS_DIR],
      config,
      logger,
      { warmUp: lease.origin === 'owned' },
    );
    const serving = await starting;
    logger.info(`seeds: ${describeIngest(summary)}`);
    // Articles read by an older extractor (or before an overrides change) are brought up to date.
    const refreshed = await runReextract(serving.store, config, logger, {});
    if (refreshed.stale > 0)
      logger.info(`re-extracted ${refreshed.updated} of ${refreshed.stale} articles read by an older extractor`);
    stopServingOnSignal(serving, lease, logger);
    process.stdout.write(`newsgraph is running at ${serving.url}\n`);
  } catch (error) {
    await lease.release();
    throw error;
  }
}

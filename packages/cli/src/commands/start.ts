import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { ingestPaths } from '../ingest';
import { onShutdown } from '../lifecycle';
import { acquireNeo4j } from '../neo4j-owner';
import { ensureViewerBuilt } from '../viewer-build';
import { serve } from './serve';

/** The seed articles shipped with the repository. */
export const SEEDS_DIR = join(__dirname, '..', '..', '..', '..', 'seeds');

/** `pnpm start`: viewer built, Neo4j up, seeds ingested (idempotently), API and viewer served until a signal. */
export async function startApp(config: Config, logger: Logger): Promise<void> {
  ensureViewerBuilt(logger);
  const lease = await acquireNeo4j(config, logger);
  try {
    const serving = await serve(config, lease, logger);
    const summary = await ingestPaths(serving.store, [SEEDS_DIR], logger, true);
    logger.info(`seeds: ${summary.new} new, ${summary.unchanged} unchanged, ${summary.failed.length} failed`);
    onShutdown(logger, async () => {
      await new Promise((resolve) => serving.server.close(resolve));
      serving.server.closeAllConnections();
      await serving.store.close();
      await lease.release();
    });
    process.stdout.write(`newsgraph is running at ${serving.url}\n`);
  } catch (error) {
    await lease.release();
    throw error;
  }
}

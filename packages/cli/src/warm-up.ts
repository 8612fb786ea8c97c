import { GraphStore } from '@newsgraph/graph-store';
import { toNewsgraphError } from '@newsgraph/schema';
import type { Logger } from 'pino';

/** Connects to a Neo4j just started in the background, sets up the schema and warms it, so the first ingest is not the slow one. */
export async function warmUpNeo4j(uri: string, logger: Logger): Promise<void> {
  const started = Date.now();
  try {
    const store = await GraphStore.connect({ uri });
    try {
      await store.ensureSchema();
      await store.warmUp();
    } finally {
      await store.close();
    }
    logger.info(`Neo4j warmed up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    // Neo4j is up and recorded; a failed warm-up only means a slower first ingest.
    logger.warn(`Neo4j started, but warming it up failed: ${toNewsgraphError(error).message}`);
  }
}

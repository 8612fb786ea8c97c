import type { Logger } from 'pino';
import type { Config } from '../config';
import { acquireNeo4j } from '../neo4j-owner';
import { serve, stopServingOnSignal } from '../serve-app';

/** `newsgraph serve`: API and viewer on HOST:PORT until a signal; resolves with the URL once listening. */
export async function serveCommand(config: Config, logger: Logger): Promise<string> {
  const lease = await acquireNeo4j(config, logger);
  try {
    const serving = await serve(config, lease, logger);
    stopServingOnSignal(serving, lease, logger);
    return serving.url;
  } catch (error) {
    await lease.release();
    throw error;
  }
}

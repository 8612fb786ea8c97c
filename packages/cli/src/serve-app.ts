import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createApp, listen } from '@newsgraph/api';
import { GraphStore } from '@newsgraph/graph-store';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import type { Config } from './config';
import { onShutdown } from './lifecycle';
import type { Neo4jLease } from './neo4j-owner';

/** The viewer's built bundle inside the workspace. */
export const VIEWER_DIST = join(__dirname, '..', '..', 'viewer', 'dist');

export interface Serving {
  url: string;
  server: Server;
  store: GraphStore;
}

/** Connects to Neo4j, prepares the schema and serves API and viewer on HOST:PORT. */
export async function serve(config: Config, lease: Neo4jLease, logger: Logger): Promise<Serving> {
  const store = await GraphStore.connect({ uri: lease.uri, user: lease.user, password: lease.password });
  await store.ensureSchema();
  if (!existsSync(VIEWER_DIST)) logger.warn(`viewer not built (${VIEWER_DIST} missing): run \`pnpm run build:viewer\``);
  const app = createApp({ store, logger, viewerDir: VIEWER_DIST });
  const server = await listen(app, config.port, config.host);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return { url: `http://${config.host}:${port}`, server, store };
}

/** On Ctrl-C or SIGTERM: stop accepting requests, drop open connections, close the store, let go of Neo4j. */
export function stopServingOnSignal(serving: Serving, lease: Neo4jLease, logger: Logger): void {
  onShutdown(logger, async () => {
    await new Promise((resolve) => serving.server.close(resolve));
    serving.server.closeAllConnections();
    await serving.store.close();
    await lease.release();
  });
}

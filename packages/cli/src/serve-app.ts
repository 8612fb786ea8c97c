import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createApp, createArticleIngester, listen, loadOrCreateApiToken, type ArticleIngester } from '@newsgraph/api';
import { DEFAULT_MIRROR, DEFAULT_READ_CACHE, GraphStore } from '@newsgraph/graph-store';
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
  ingester: ArticleIngester;
}

/** Connects to Neo4j, prepares the schema and serves API and viewer on HOST:PORT. */
export async function serve(config: Config, lease: Neo4jLease, logger: Logger): Promise<Serving> {
  const store = await GraphStore.connect({
    uri: lease.uri,
    user: lease.user,
    password: lease.password,
    readCache: { ...DEFAULT_READ_CACHE, entries: config.readCacheEntries },
    mirror: config.readMirror ? DEFAULT_MIRROR : undefined,
  });
  await store.ensureSchema();
  const warming = Date.now();
  // Before listening, so the first requests find plans compiled; a failure only means slower first requests.
  await store.warmUpReads().then(
    () => logger.info(`reads warmed up in ${((Date.now() - warming) / 1000).toFixed(1)} s`),
    (error: unknown) => logger.warn({ err: error }, 'warming up reads failed'),
  );
  if (config.readMirror) {
    const reading = Date.now();
    // Before listening too: searches and views are answered from memory from the first request.
    await store.readMirror().then(
      () => logger.info(`graph read into memory in ${((Date.now() - reading) / 1000).toFixed(1)} s`),
      (error: unknown) => logger.warn({ err: error }, 'reading the graph into memory failed; Neo4j answers instead'),
    );
  }
  if (!existsSync(VIEWER_DIST)) logger.warn(`viewer not built (${VIEWER_DIST} missing): run \`pnpm run build:viewer\``);
  const apiToken = loadOrCreateApiToken(config.dataDir, config.apiToken);
  // Shown this once only: afterwards it is in the token file, readable by its owner alone.
  if (apiToken.source === 'generated')
    process.stdout.write(`API token for writes (kept in ${apiToken.path}, shown only now): ${apiToken.token}\n`);
  const ingester = createArticleIngester({
    store,
    overridesPath: config.overridesPath,
    overridesRequired: config.overridesRequired,
    // The server extracts one posted article at a time on its own thread; NEWSGRAPH_WORKERS gives it more.
    threads: Math.max(1, config.workers ?? 1),
    maxArticleChars: config.maxArticleChars,
  });
  const app = createApp({
    store,
    logger,
    viewerDir: VIEWER_DIST,
    bodyLimit: config.bodyLimit,
    apiToken: apiToken.token,
    ingester,
    rateLimits: config.rateLimits,
    corsOrigins: config.corsOrigins,
  });
  let server: Server;
  try {
    server = await listen(app, config.port, config.host);
  } catch (error) {
    // Its threads would keep the process alive after the failure is reported.
    await ingester.close();
    throw error;
  }
  ingester.warm().catch((error: unknown) => logger.warn({ err: error }, 'extraction threads failed to start'));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return { url: `http://${config.host}:${port}`, server, store, ingester };
}

/** On Ctrl-C or SIGTERM: stop accepting requests, drop open connections, close the store, let go of Neo4j. */
export function stopServingOnSignal(serving: Serving, lease: Neo4jLease, logger: Logger): void {
  onShutdown(logger, async () => {
    await new Promise((resolve) => serving.server.close(resolve));
    serving.server.closeAllConnections();
    await serving.ingester.close();
    await serving.store.close();
    await lease.release();
  });
}

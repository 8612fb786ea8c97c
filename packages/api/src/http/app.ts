import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { GraphStore } from '@newsgraph/graph-store';
import { errorHandler, notFound } from './error-handler';
import { apiRoutes } from './routes';

export interface AppOptions {
  store: GraphStore;
  logger: Logger;
  /** The viewer's built files, served at `/`. */
  viewerDir?: string | undefined;
}

/** The Express application: a child logger per request, the API, the viewer, one error handler. */
export function createApp(options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    const log = options.logger.child({ reqId: randomUUID(), method: req.method, url: req.originalUrl });
    (req as { log?: Logger }).log = log;
    res.on('finish', () =>
      log.debug({ status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }, 'request'),
    );
    next();
  });
  app.use(apiRoutes(options.store));
  app.use('/api', notFound);
  if (options.viewerDir && existsSync(options.viewerDir)) app.use(express.static(options.viewerDir));
  app.use(errorHandler(options.logger));
  return app;
}

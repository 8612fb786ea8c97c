import { existsSync } from 'node:fs';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { ApiStore } from '../api-store';
import { errorHandler, notFound } from './error-handler';
import { requestContext } from './request-context';
import { ambiguousRouter } from './routes/ambiguous';
import { articlesRouter } from './routes/articles';
import { cypherRouter } from './routes/cypher';
import { entitiesRouter } from './routes/entities';
import { exportRouter } from './routes/export';
import { graphRouter } from './routes/graph';
import { healthRouter } from './routes/health';
import { pathsRouter } from './routes/paths';
import { statsRouter } from './routes/stats';

// One router per resource; each owns its paths, input schemas and response schemas.
const ROUTERS = [
  healthRouter,
  entitiesRouter,
  graphRouter,
  pathsRouter,
  articlesRouter,
  ambiguousRouter,
  statsRouter,
  cypherRouter,
  exportRouter,
];

export interface AppOptions {
  store: ApiStore;
  logger: Logger;
  /** The viewer's built files, served at `/`. */
  viewerDir?: string | undefined;
  /** The largest JSON body accepted, in bytes or as "100kb"; larger ones get 413. */
  jsonLimit?: string | number | undefined;
}

/** The Express application: request ids and loggers, security headers, a router per resource, the viewer, one error handler. */
export function createApp(options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestContext(options.logger));
  // Served over plain HTTP on a local port by default: upgrading the viewer's requests to HTTPS would break it.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  app.use(express.json({ limit: options.jsonLimit ?? '1mb' }));
  for (const router of ROUTERS) {
    app.use(router(options.store));
  }
  app.use('/api', notFound);
  if (options.viewerDir && existsSync(options.viewerDir)) app.use(express.static(options.viewerDir));
  app.use(errorHandler);
  return app;
}

import { existsSync } from 'node:fs';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { ApiStore } from '../api-store';
import { errorHandler, notFound } from './error-handler';
import { requestContext } from './request-context';
import { apiRoutes } from './app-routes';
import { docsAssets } from './docs/routes';

export interface AppOptions {
  store: ApiStore;
  logger: Logger;
  /** The viewer's built files, served at `/`. */
  viewerDir?: string | undefined;
  /** The largest JSON body accepted, in bytes or as "100kb"; larger ones get 413. */
  jsonLimit?: string | number | undefined;
}

/** The Express application: request ids and loggers, security headers, the declared routes, the viewer, one error handler. */
export function createApp(options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestContext(options.logger));
  // Served over plain HTTP on a local port by default: upgrading the viewer's requests to HTTPS would break it.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  app.use(express.json({ limit: options.jsonLimit ?? '1mb' }));
  app.use(apiRoutes(options.store).router());
  app.use(docsAssets());
  app.use('/api', notFound);
  if (options.viewerDir && existsSync(options.viewerDir)) app.use(express.static(options.viewerDir));
  app.use(errorHandler);
  return app;
}

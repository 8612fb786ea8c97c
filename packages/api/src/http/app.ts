import { existsSync } from 'node:fs';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { ApiStore } from '../api-store';
import type { ArticleIngester } from '../ingest/article-ingester';
import type { ViewLayouter } from '../layout/layout-thread';
import { errorHandler, notFound } from './error-handler';
import { requestContext } from './request-context';
import { apiRoutes } from './app-routes';
import { docsAssets } from './docs/routes';
import { corsFor } from './security/cors';
import { createLimiters, DEFAULT_RATE_LIMITS, limitCypher, type RateLimits } from './security/rate-limits';
import { writeGuards } from './security/write-guards';
import { viewerCsp } from './viewer-csp';

export interface AppOptions {
  store: ApiStore;
  logger: Logger;
  /** The viewer's built files, served at `/`. */
  viewerDir?: string | undefined;
  /** The largest body accepted (JSON, text or HTML), in bytes or as "100kb"; larger ones get 413. */
  bodyLimit?: string | number | undefined;
  /** The bearer token every write needs; without one, every write is refused with 401. */
  apiToken?: string | undefined;
  /** Extracts and writes posted articles, and owns the overrides file. */
  ingester?: ArticleIngester | undefined;
  /** Requests a client may make a minute on the write and Cypher routes. */
  rateLimits?: RateLimits | undefined;
  /** Origins allowed to call the API from a browser; none (the default) sends no CORS headers. */
  corsOrigins?: readonly string[] | undefined;
  /** Lays views out for `POST /api/layout`; by default on a worker thread. */
  layOut?: ViewLayouter | undefined;
}

/** The Express application: request ids and loggers, security headers, the declared routes, the viewer, one error handler. */
export function createApp(options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestContext(options.logger));
  // Served over plain HTTP on a local port by default: upgrading the viewer's requests to HTTPS would break it.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  const cors = corsFor(options.corsOrigins);
  if (cors) app.use('/api', cors);
  const bodyLimit = options.bodyLimit ?? '1mb';
  app.use(express.json({ limit: bodyLimit }));
  const limiters = createLimiters(options.rateLimits ?? DEFAULT_RATE_LIMITS, options.logger);
  app.use(limitCypher(limiters.cypher));
  const guards = writeGuards(options.apiToken, limiters, bodyLimit);
  app.use(apiRoutes(options.store, { guards, ingester: options.ingester }, options.layOut).router());
  app.use(docsAssets());
  app.use('/api', notFound);
  if (options.viewerDir && existsSync(options.viewerDir)) app.use(viewerCsp(), express.static(options.viewerDir));
  app.use(errorHandler);
  return app;
}

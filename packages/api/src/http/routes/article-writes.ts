import { ArticleIngestedSchema, ArticlePostSchema, NewsgraphError } from '@newsgraph/schema';
import express, { type RequestHandler } from 'express';
import type { ArticleIngester } from '../../ingest/article-ingester';
import type { RouteRegistry } from '../route';
import { BEARER_SCHEME } from '../security/require-token';
import { TOO_MANY_WRITES, UNAUTHORIZED, type WriteGuards } from '../security/write-guards';

const TEXT_TYPES = ['text/plain', 'text/html'];

/** `POST /api/articles` (token required): one article extracted and written; the answer says what was found in it. */
export function articleWriteRoutes(
  api: RouteRegistry,
  guards: WriteGuards,
  ingester: ArticleIngester | undefined,
): void {
  api.route({
    method: 'post',
    path: '/api/articles',
    summary: 'Ingest one article (JSON, plain text or an HTML page) and answer with what was extracted',
    description:
      'A text/plain or text/html body is read by the ingest readers (header lines such as `Author:`, an HTML ' +
      "page's meta tags and Readability's article); what they find must meet the same schema as a JSON body. " +
      'Extraction applies the overrides as they are now; the article is written in one transaction, all or nothing.',
    tags: ['articles'],
    body: ArticlePostSchema,
    bodyContent: ['application/json', ...TEXT_TYPES],
    before: [...guards.write, express.raw({ type: TEXT_TYPES, limit: guards.bodyLimit }), readTextBody(ingester)],
    security: [BEARER_SCHEME],
    responses: {
      201: {
        description: 'the article was new (or replaced an older version of its URL)',
        schema: ArticleIngestedSchema,
      },
      200: { description: 'the article was already in the graph, which is unchanged', schema: ArticleIngestedSchema },
      401: UNAUTHORIZED,
      413: { description: 'the body is over NEWSGRAPH_BODY_LIMIT' },
      422: { description: 'the article is longer than NEWSGRAPH_MAX_ARTICLE_CHARS' },
      429: TOO_MANY_WRITES,
    },
    handler: async ({ body, res, send }) => {
      const result = await needIngester(ingester).ingest(body);
      const created = result.article.status !== 'unchanged';
      if (created) res.setHeader('Location', `/api/articles/${encodeURIComponent(result.article.id)}`);
      send(result, created ? 201 : 200);
    },
  });
}

/** Turns a text or HTML body into the article the readers find in it, for the route's schema to check like JSON. */
function readTextBody(ingester: ArticleIngester | undefined): RequestHandler {
  return (req, _res, next) => {
    if (req.is(TEXT_TYPES)) {
      const bytes: unknown = req.body;
      const contentType = req.get('content-type') ?? 'text/plain';
      req.body = needIngester(ingester).read(Buffer.isBuffer(bytes) ? bytes : Buffer.alloc(0), contentType);
    }
    next();
  };
}

/** The ingester, which every server that takes writes has; only a test app may be made without one. */
export function needIngester(ingester: ArticleIngester | undefined): ArticleIngester {
  if (!ingester) throw new NewsgraphError('INTERNAL', 'this server was started without an ingester');
  return ingester;
}

import { dirname } from 'node:path';
import { Router } from 'express';
import type { RouteRegistry } from '../route';
import { openApiDocument } from './openapi';

/** The version the document states; the API is versioned with the package. */
export const API_VERSION = '0.1.0';

// Swagger UI's own files, served from the package rather than a CDN, so the page works offline and under our CSP.
const SWAGGER_DIR = dirname(require.resolve('swagger-ui-dist/package.json'));
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

// The page loads only same-origin scripts (the viewer's CSP has no 'unsafe-inline' scripts), so its start-up is a file too.
const INIT_JS = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#api-reference', validatorUrl: null, deepLinking: true });
});
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>newsgraph API reference</title>
<link rel="icon" type="image/png" href="/api/docs/favicon-32x32.png">
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
<div id="api-reference"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>
`;

/** `GET /api/openapi.json` (the registry's routes as OpenAPI 3.1) and `GET /api/docs`, a reference page drawn from it. */
export function docsRoutes(api: RouteRegistry): void {
  let document: unknown;
  api.route({
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This API as an OpenAPI 3.1 document, made from the zod schemas that check it',
    tags: ['meta'],
    responses: { 200: { description: 'the OpenAPI document', content: ['application/json'] } },
    handler: ({ res }) => {
      // Made once, on first asking: every route is declared by then, this one included.
      document ??= openApiDocument(api.routes, API_VERSION);
      res.json(document);
    },
  });
  api.route({
    method: 'get',
    path: '/api/docs',
    summary: 'The API reference page (Swagger UI, served locally)',
    tags: ['meta'],
    responses: { 200: { description: 'an HTML page', content: ['text/html'] } },
    handler: ({ res }) => {
      res.type('text/html; charset=utf-8').send(PAGE);
    },
  });
}

/** The reference page's scripts and styles: files, not API routes, so they stay out of the OpenAPI document. */
export function docsAssets(): Router {
  const router = Router();
  router.get('/api/docs/init.js', (_req, res) => {
    res.type('text/javascript; charset=utf-8').send(INIT_JS);
  });
  for (const [file, type] of Object.entries(ASSETS)) {
    router.get(`/api/docs/${file}`, (_req, res, next) => {
      // With `root`, only the file's own name is checked for dot-segments, not pnpm's `.pnpm` folder above it.
      res.type(type).sendFile(file, { root: SWAGGER_DIR, maxAge: '1d' }, (error) => {
        if (error) next(error);
      });
    });
  }
  return router;
}

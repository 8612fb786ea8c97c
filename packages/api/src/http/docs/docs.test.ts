import pino from 'pino';
import { fakeStore } from '../../../tests/fake-store';
import { getJson, serveApp, type Served } from '../../../tests/serve-app';
import { apiRoutes } from '../app-routes';

const store = fakeStore({ isUp: () => Promise.resolve(true) });

interface Operation {
  operationId: string;
  parameters?: { in: string; name: string; required?: boolean; schema: Record<string, unknown> }[];
  requestBody?: { content: Record<string, { schema?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
}

describe('the OpenAPI document and the reference page', () => {
  let served: Served;
  let document: Document;
  beforeAll(async () => {
    served = await serveApp({ store, logger: pino({ level: 'silent' }) });
    const { status, headers, body } = await getJson(served.baseUrl, '/api/openapi.json');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
    document = body as Document;
  });
  afterAll(() => served.close());

  it('documents every declared route and method, and nothing else', () => {
    expect(document.openapi).toBe('3.1.0');
    const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method} ${path}`),
    );
    const declared = apiRoutes(store).routes.map(
      ({ method, path }) => `${method} ${path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`,
    );
    expect(documented.sort()).toEqual(declared.sort());
    expect(declared).toContain('get /api/entities/{id}');
    const ids = Object.values(document.paths).flatMap((methods) => Object.values(methods).map((op) => op.operationId));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draws the inputs from the zod schemas: required path ids, bounded query numbers, enums, the JSON body', () => {
    const entity = document.paths['/api/entities/{id}']?.['get'];
    expect(entity?.parameters).toContainEqual(
      expect.objectContaining({
        in: 'path',
        name: 'id',
        required: true,
        schema: expect.objectContaining({ maxLength: 500 }),
      }),
    );
    const graph = document.paths['/api/graph']?.['get']?.parameters ?? [];
    expect(graph.find((p) => p.name === 'focus')).toMatchObject({ in: 'query', required: true });
    expect(graph.find((p) => p.name === 'depth')?.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 3 });
    const format = document.paths['/api/export']?.['get']?.parameters?.find((p) => p.name === 'format');
    expect(format?.schema).toMatchObject({ enum: ['graphml', 'gexf', 'csv', 'cyjs', 'cypher'] });
    const cypher = document.paths['/api/cypher']?.['post'];
    expect(Object.keys(cypher?.requestBody?.content ?? {})).toEqual(['application/json']);
    const post = document.paths['/api/articles']?.['post']?.requestBody?.content ?? {};
    expect(Object.keys(post)).toEqual(['application/json', 'text/plain', 'text/html']);
    expect(post['application/json']?.schema).toMatchObject({ type: 'object' });
    expect(post['text/plain']?.schema).toMatchObject({ type: 'string' });
    expect(post['text/html']?.schema).toMatchObject({ type: 'string' });
    expect(Object.keys(cypher?.responses ?? {}).sort()).toEqual([
      '200',
      '400',
      '403',
      '413',
      '415',
      '422',
      '500',
      '503',
    ]);
  });

  it('gives every JSON answer a schema, and every error the one error shape (but /health, which has its own)', () => {
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        for (const [status, answer] of Object.entries(op.responses)) {
          const json = answer.content?.['application/json'];
          // /health answers 503 in its own shape, saying what is down.
          if (Number(status) >= 400 && path !== '/health')
            expect([path, method, status, json?.schema]).toEqual([
              path,
              method,
              status,
              { $ref: '#/components/schemas/Error' },
            ]);
          else if (json && path !== '/api/openapi.json' && path !== '/api/export') expect(json.schema).toBeDefined();
        }
      }
    }
  });

  it('serves the reference page with same-origin scripts only, so the CSP lets it run', async () => {
    const page = await fetch(`${served.baseUrl}/api/docs`);
    const html = await page.text();
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(scripts).toEqual(['<script src="/api/docs/swagger-ui-bundle.js">', '<script src="/api/docs/init.js">']);
    expect(html).not.toMatch(/https?:\/\//);
    for (const [asset, type] of [
      ['swagger-ui-bundle.js', 'text/javascript; charset=utf-8'],
      ['init.js', 'text/javascript; charset=utf-8'],
      ['swagger-ui.css', 'text/css; charset=utf-8'],
    ] as const) {
      const response = await fetch(`${served.baseUrl}/api/docs/${asset}`);
      expect([asset, response.status, response.headers.get('content-type')]).toEqual([asset, 200, type]);
      expect((await response.text()).length).toBeGreaterThan(100);
    }
    expect((await fetch(`${served.baseUrl}/api/docs/swagger-initializer.js`)).status).toBe(404);
  });
});

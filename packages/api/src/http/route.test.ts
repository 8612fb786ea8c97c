import { ErrorBodySchema } from '@newsgraph/schema';
import express from 'express';
import pino from 'pino';
import { z } from 'zod';
import { fakeStore, ONE_NODE, streamOf } from '../../tests/fake-store';
import { getJson, serveApp, type Served } from '../../tests/serve-app';
import { errorHandler } from './error-handler';
import { listen } from './listen';
import { requestContext } from './request-context';
import { createRegistry } from './route';

const store = fakeStore({
  isUp: () => Promise.resolve(true),
  searchEntities: () => Promise.resolve([]),
  streamGraph: () => streamOf([ONE_NODE]),
  streamTopology: () => ({ nodes: streamOf(['person:a']), edges: streamOf<[string, string]>([]) }),
});

describe('the declared routes of the app', () => {
  let served: Served;
  beforeAll(async () => {
    served = await serveApp({ store, logger: pino({ level: 'silent' }) });
  });
  afterAll(() => served.close());

  it('answers a known path asked with another method with 405, its Allow header and the error body', async () => {
    const { status, headers, body } = await getJson(served.baseUrl, '/api/entities', { method: 'DELETE' });
    expect(status).toBe(405);
    expect(headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(ErrorBodySchema.parse(body).error.code).toBe('METHOD_NOT_ALLOWED');
    const cypher = await getJson(served.baseUrl, '/api/cypher');
    expect(cypher.status).toBe(405);
    expect(cypher.headers.get('allow')).toBe('POST, OPTIONS');
    const entity = await getJson(served.baseUrl, '/api/entities/person:a', { method: 'PUT' });
    expect(entity.status).toBe(405);
    const both = await getJson(served.baseUrl, '/api/export', { method: 'PATCH' });
    expect(both.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
  });

  it('answers OPTIONS on a known path with 204 and Allow, and an unknown path still with 404', async () => {
    const options = await fetch(`${served.baseUrl}/api/stats`, { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect((await getJson(served.baseUrl, '/api/nowhere', { method: 'DELETE' })).status).toBe(404);
  });

  it('refuses a body in a media type the route does not take with 415', async () => {
    const { status, body } = await getJson(served.baseUrl, '/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'MATCH (n) RETURN n',
    });
    expect(status).toBe(415);
    expect(ErrorBodySchema.parse(body).error.code).toBe('UNSUPPORTED_FORMAT');
  });

  it.each([
    ['graphml', 'application/graphml+xml; charset=utf-8', 'newsgraph.graphml'],
    ['gexf', 'application/gexf+xml; charset=utf-8', 'newsgraph.gexf'],
    ['csv&table=nodes', 'text/csv; charset=utf-8', 'newsgraph-nodes.csv'],
    ['cyjs', 'application/json; charset=utf-8', 'newsgraph.cyjs'],
    ['cypher', 'text/plain; charset=utf-8', 'newsgraph.cypher'],
  ])('sends the %s export with its own media type and file name', async (format, type, name) => {
    const response = await fetch(`${served.baseUrl}/api/export?format=${format}`);
    await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename=${name}`);
  });
});

describe('a registry', () => {
  it('refuses the same method and path twice', () => {
    const api = createRegistry();
    const spec = { method: 'get', path: '/x', summary: 'x', responses: {}, handler: () => undefined } as const;
    api.route(spec);
    expect(() => api.route(spec)).toThrow('route get /x twice');
  });

  it('checks an answer against the schema of its status, so a wrong one leaves as INTERNAL', async () => {
    const api = createRegistry();
    api.route({
      method: 'get',
      path: '/n',
      summary: 'a number',
      query: z.object({ wrong: z.string().optional() }),
      responses: { 200: { description: 'a number', schema: z.object({ n: z.number() }) } },
      handler: ({ query, send }) => send({ n: query.wrong ?? 1 }),
    });
    const app = express();
    app.use(requestContext(pino({ level: 'silent' })));
    app.use(api.router());
    app.use(errorHandler);
    const server = await listen(app, 0, '127.0.0.1');
    const { port } = server.address() as { port: number };
    try {
      expect((await getJson(`http://127.0.0.1:${port}`, '/n')).body).toEqual({ n: 1 });
      const wrong = await getJson(`http://127.0.0.1:${port}`, '/n?wrong=x');
      expect(wrong.status).toBe(500);
      expect(ErrorBodySchema.parse(wrong.body).error.code).toBe('INTERNAL');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('sends an answer object handed over again as checked the first time, and still checks every new one', async () => {
    const kept = { n: 1, extra: 'dropped by the schema' };
    const api = createRegistry();
    api.route({
      method: 'get',
      path: '/kept',
      summary: 'the same object every time, or a new wrong one',
      query: z.object({ wrong: z.string().optional() }),
      responses: { 200: { description: 'a number', schema: z.object({ n: z.number() }) } },
      handler: ({ query, send }) => send(query.wrong ? { n: query.wrong } : kept),
    });
    const app = express();
    app.use(requestContext(pino({ level: 'silent' })));
    app.use(api.router());
    app.use(errorHandler);
    const server = await listen(app, 0, '127.0.0.1');
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      for (let i = 0; i < 2; i += 1) {
        const answer = await fetch(`${base}/kept`);
        expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
        expect(await answer.json()).toEqual({ n: 1 });
      }
      expect((await getJson(base, '/kept?wrong=x')).status).toBe(500);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

import {
  ErrorBodySchema,
  NewsgraphError,
  type EntitySearchQuery,
  type EntitySummary,
  type ExportItem,
} from '@newsgraph/schema';
import { fakeStore, ONE_NODE, streamOf } from '../../tests/fake-store';
import { capturingLogger, getJson, serveApp, type Served } from '../../tests/serve-app';
import type { ApiStore } from '../api-store';

const entity = (n: number): EntitySummary => ({
  id: `person:p${n}`,
  name: `P ${n}`,
  type: 'Person',
  aliases: [],
  mentionCount: 1,
  articleCount: 1,
});
const missing = new NewsgraphError('NOT_FOUND', 'not in this fake');

/** A store that remembers what the routes asked it and answers searches from 7 made-up people. */
function recordingStore(): { store: ApiStore; searches: EntitySearchQuery[] } {
  const searches: EntitySearchQuery[] = [];
  const people = Array.from({ length: 7 }, (_, i) => entity(i));
  const store = fakeStore(
    {
      isUp: () => Promise.resolve(true),
      searchEntities: (query) => {
        searches.push(query);
        const from = query.offset ?? 0;
        return Promise.resolve(people.slice(from, from + query.limit));
      },
      listArticles: () => Promise.resolve([]),
      neighbourhood: () => Promise.resolve({ nodes: [], edges: [], truncated: false }),
      ambiguousNames: () => Promise.resolve([]),
      stats: () => Promise.resolve({ articles: 0, entities: {}, relations: {}, mentions: 0, quotes: 0 }),
      streamGraph: () => halfGraph(),
      streamTopology: () => ({ nodes: streamOf(['person:a']), edges: streamOf<[string, string]>([]) }),
    },
    missing,
  );
  return { store, searches };
}

/** One entity, then a dropped connection: an export that fails after its first bytes have left. */
async function* halfGraph(): AsyncGenerator<ExportItem> {
  yield* streamOf([ONE_NODE]);
  throw new NewsgraphError('NEO4J_UNAVAILABLE', 'connection dropped');
}

/** Waits for the request's log line, which is written when the response has finished (possibly after the client read it). */
async function loggedLine(lines: Record<string, unknown>[], reqId: string): Promise<Record<string, unknown>> {
  for (let turn = 0; turn < 1000; turn += 1) {
    const line = lines.find((l) => l['msg'] === 'request' && l['reqId'] === reqId);
    if (line) return line;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error(`no request log line for ${reqId}`);
}

describe('the API plumbing over a socket', () => {
  let served: Served;
  let searches: EntitySearchQuery[];
  let lines: Record<string, unknown>[];

  beforeAll(async () => {
    const recording = recordingStore();
    searches = recording.searches;
    const captured = capturingLogger();
    lines = captured.lines;
    served = await serveApp({ store: recording.store, logger: captured.logger, bodyLimit: 1024 });
  });
  afterAll(() => served.close());

  it('hands the store the query as its schema parsed it (coerced, defaults filled)', async () => {
    const { status } = await getJson(served.baseUrl, '/api/entities?q=xi&limit=5&type=Person');
    expect(status).toBe(200);
    // One row more than the page, to learn whether another page follows.
    expect(searches.at(-1)).toEqual({ q: 'xi', limit: 6, offset: 0, type: 'Person' });
    await getJson(served.baseUrl, '/api/entities');
    expect(searches.at(-1)).toEqual({ q: '', limit: 21, offset: 0 });
  });

  it('pages: nextOffset points at the next page and is null on the last', async () => {
    const first = await getJson(served.baseUrl, '/api/entities?limit=3');
    expect(first.body).toMatchObject({ offset: 0, limit: 3, nextOffset: 3 });
    expect((first.body as { items: EntitySummary[] }).items.map((e) => e.id)).toEqual(
      [0, 1, 2].map((n) => `person:p${n}`),
    );
    const last = await getJson(served.baseUrl, '/api/entities?limit=3&offset=6');
    expect(last.body).toMatchObject({ offset: 6, limit: 3, nextOffset: null });
    expect((last.body as { items: EntitySummary[] }).items.map((e) => e.id)).toEqual(['person:p6']);
    const exact = await getJson(served.baseUrl, '/api/entities?limit=7');
    expect(exact.body).toMatchObject({ nextOffset: null });
  });

  it.each([
    ['/api/entities?limit=0', 'limit'],
    ['/api/entities?type=Planet', 'type'],
    ['/api/graph', 'focus'],
    ['/api/graph?focus=x&depth=9', 'depth'],
    ['/api/ambiguous?limit=abc', 'limit'],
    ['/api/entities?offset=-1', 'offset'],
    // an empty number is no 0 (schemathesis found offset= accepted)
    ['/api/entities?offset=', 'offset'],
    ['/api/graph?focus=x&minConfidence=', 'minConfidence'],
    ['/api/entities/x?evidence=', 'evidence'],
    ['/api/graph?focus=x&depth=4', 'depth'],
    ['/api/graph?focus=x&types=Person,Planet', 'types.1'],
    ['/api/graph?focus=x&predicates=LIKES', 'predicates.0'],
    ['/api/graph?focus=x&minConfidence=1.5', 'minConfidence'],
    ['/api/graph?focus=x&since=last%20week', 'since'],
    ['/api/graph?focus=x&since=2024-05&until=2024-04-30', 'since'],
    ['/api/paths?from=a&to=a', 'to'],
    ['/api/paths?from=a&to=b&k=11', 'k'],
    ['/api/articles?until=2024-13-99x', 'until'],
    ['/api/entities/x?evidence=51', 'evidence'],
    [`/api/entities/${'x'.repeat(501)}`, 'id'],
    [`/api/articles/${'x'.repeat(501)}`, 'id'],
  ])('refuses %s with 400 BAD_INPUT naming the field', async (path, field) => {
    const { status, body } = await getJson(served.baseUrl, path);
    expect(status).toBe(400);
    const { error } = ErrorBodySchema.parse(body);
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message.startsWith(`${field}: `)).toBe(true);
  });

  it('cuts the connection when an export fails after its first bytes, so no client takes half a file as whole', async () => {
    // whether the head got out before the failure or not, reading the answer must fail rather than end cleanly
    const whole = fetch(`${served.baseUrl}/api/export?format=graphml`).then((response) => response.text());
    await expect(whole).rejects.toThrow();
  });

  it('asks for a CSV table and refuses ids together with a focus, before streaming anything', async () => {
    const csv = await getJson(served.baseUrl, '/api/export?format=csv');
    expect(csv.status).toBe(400);
    expect(ErrorBodySchema.parse(csv.body).error.message).toMatch(/^table: CSV comes as two tables/);
    const both = await getJson(served.baseUrl, '/api/export?format=gexf&ids=a&focus=b');
    expect(ErrorBodySchema.parse(both.body).error.message).toBe('ids: give ids or focus, not both');
  });

  it("takes a request line as long as a large view's shared link (about 170 kB), where Node's default refuses 431", async () => {
    const view = 'x'.repeat(200 * 1024);
    const { status } = await getJson(served.baseUrl, `/health?view=${view}`);
    expect(status).toBe(200);
  });

  it('answers an unknown API route with 404 in the error shape', async () => {
    const { status, body } = await getJson(served.baseUrl, '/api/nothing-here');
    expect(status).toBe(404);
    expect(ErrorBodySchema.parse(body).error).toMatchObject({
      code: 'NOT_FOUND',
      message: 'no route GET /api/nothing-here',
    });
  });

  it('refuses a JSON body over the limit with 413 and a malformed one with 400', async () => {
    const post = (body: string) =>
      getJson(served.baseUrl, '/api/anything', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    const large = await post(JSON.stringify({ text: 'x'.repeat(2048) }));
    expect(large.status).toBe(413);
    expect(ErrorBodySchema.parse(large.body).error.code).toBe('PAYLOAD_TOO_LARGE');
    const malformed = await post('{"text": ');
    expect(malformed.status).toBe(400);
    expect(ErrorBodySchema.parse(malformed.body).error).toMatchObject({
      code: 'BAD_INPUT',
      message: 'malformed JSON body: Unexpected end of JSON input',
    });
    // The parser's own words say where the fault is.
    const misplaced = await post('{"text": "a",, "title": "b"}');
    expect(ErrorBodySchema.parse(misplaced.body).error.message).toMatch(/^malformed JSON body: .* at position 13/);
  });

  it('reuses a plain X-Request-Id, replaces an unsafe one, and logs the request under it', async () => {
    const reused = await getJson(served.baseUrl, '/health', { headers: { 'x-request-id': 'trace-42' } });
    expect(reused.headers.get('x-request-id')).toBe('trace-42');
    expect(await loggedLine(lines, 'trace-42')).toMatchObject({ method: 'GET', url: '/health', status: 200 });
    const unsafe = await getJson(served.baseUrl, '/health', { headers: { 'x-request-id': 'a b\u00e9{}' } });
    expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends helmet security headers and no X-Powered-By', async () => {
    const { headers } = await getJson(served.baseUrl, '/api/stats');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(headers.get('x-powered-by')).toBeNull();
  });
});

import { ERROR_CODES, ErrorBodySchema, NewsgraphError, type ErrorCode } from '@newsgraph/schema';
import pino from 'pino';
import { fakeStore } from '../../tests/fake-store';
import { capturingLogger, getJson, serveApp, type Served } from '../../tests/serve-app';

// Written out here by status rather than read from HTTP_STATUS, so a wrong entry in the table fails this test.
const CODES_BY_STATUS: ReadonlyArray<readonly [number, readonly ErrorCode[]]> = [
  [400, ['BAD_INPUT']],
  [401, ['UNAUTHORIZED']],
  [403, ['READ_ONLY_VIOLATION']],
  [404, ['NOT_FOUND']],
  [405, ['METHOD_NOT_ALLOWED']],
  [413, ['PAYLOAD_TOO_LARGE']],
  [415, ['UNSUPPORTED_FORMAT']],
  [422, ['QUERY_TIMEOUT', 'ARTICLE_TOO_LONG']],
  [429, ['RATE_LIMITED']],
  [500, ['NEO4J_QUERY_FAILED', 'INTERNAL']],
  [503, ['NEO4J_UNAVAILABLE', 'NEO4J_START_FAILED']],
];
const EXPECTED_STATUS = new Map(CODES_BY_STATUS.flatMap(([status, codes]) => codes.map((code) => [code, status])));

const SECRET = 'bolt://10.1.2.3:7687 MATCH (n) secret detail';

describe('the API over a socket, with a store that fails', () => {
  let served: Served | undefined;
  afterEach(async () => {
    await served?.close();
    served = undefined;
  });

  it.each(ERROR_CODES)('answers a store error %s with its status and the one error body', async (code) => {
    const { logger, lines } = capturingLogger();
    served = await serveApp({ store: fakeStore({}, new NewsgraphError(code, SECRET)), logger });
    const { status, headers, body } = await getJson(served.baseUrl, '/api/entities?q=xi');
    expect(status).toBe(EXPECTED_STATUS.get(code));
    const parsed = ErrorBodySchema.parse(body);
    expect(parsed.error.code).toBe(code);
    expect(parsed.error.requestId).toBe(headers.get('x-request-id'));
    // Server-side failures never show the caller hosts, queries or stack traces; client errors say what was wrong.
    if (status >= 500) expect(JSON.stringify(body)).not.toContain('secret');
    else expect(parsed.error.message).toBe(SECRET);
    expect(JSON.stringify(body)).not.toMatch(/\bat .*\.ts:\d+/);
    expect(headers.get('retry-after')).toBe(status === 503 ? '5' : null);
    const logged = lines.filter((line) => line['msg'] === SECRET);
    expect(logged).toHaveLength(1);
    expect(logged[0]?.['reqId']).toBe(parsed.error.requestId);
  });

  it('turns anything else thrown into INTERNAL without its message or stack', async () => {
    served = await serveApp({ store: fakeStore({}, new TypeError(SECRET)), logger: pino({ level: 'silent' }) });
    const { status, body } = await getJson(served.baseUrl, '/api/graph?focus=person:xi');
    expect(status).toBe(500);
    expect(ErrorBodySchema.parse(body).error).toMatchObject({ code: 'INTERNAL', message: 'internal error' });
  });

  it('reports Neo4j down on /health with 503 and Retry-After', async () => {
    served = await serveApp({ store: fakeStore(), logger: pino({ level: 'silent' }) });
    const { status, headers, body } = await getJson(served.baseUrl, '/health');
    expect(status).toBe(503);
    expect(headers.get('retry-after')).toBe('5');
    expect(body).toEqual({ status: 'degraded', neo4j: 'down' });
  });

  it('refuses a store answer that breaks the response schema as INTERNAL, not as the caller fault', async () => {
    const store = fakeStore({
      searchEntities: () => Promise.resolve([{ id: 'x', name: 'X', type: 'Planet' }] as never),
    });
    served = await serveApp({ store, logger: pino({ level: 'silent' }) });
    const { status, body } = await getJson(served.baseUrl, '/api/entities');
    expect(status).toBe(500);
    expect(ErrorBodySchema.parse(body).error.code).toBe('INTERNAL');
  });
});

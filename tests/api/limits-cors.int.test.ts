import type { GraphStore } from '@newsgraph/graph-store';
import { freshStore } from '@newsgraph/graph-store/testing';
import { serveApi } from './serve-api';
import { call, errorOf, TEST_TOKEN } from './write-client';

const ANALYST = 'https://analyst.example';
const CYPHER = JSON.stringify({ query: 'MATCH (n) RETURN count(n) AS n' });

describe('rate limits on writes and Cypher, and CORS only where configured', () => {
  let store: GraphStore;
  let limited: Awaited<ReturnType<typeof serveApi>>;
  let open: Awaited<ReturnType<typeof serveApi>>;
  let closed: Awaited<ReturnType<typeof serveApi>>;

  beforeAll(async () => {
    store = await freshStore();
    limited = await serveApi(store, { apiToken: TEST_TOKEN, rateLimits: { writesPerMinute: 3, cypherPerMinute: 2 } });
    open = await serveApi(store, { apiToken: TEST_TOKEN, corsOrigins: [ANALYST] });
    closed = await serveApi(store, { apiToken: TEST_TOKEN });
  });
  afterAll(async () => {
    await Promise.all([limited.close(), open.close(), closed.close()]);
    await store.close();
  });

  it('counts writes before the token is checked, so guessing tokens is limited too', async () => {
    const body = JSON.stringify({ text: 'Joe Biden met Xi Jinping in Woodside.' });
    for (let i = 0; i < 3; i += 1) {
      const guess = await call(limited.baseUrl, 'POST', '/api/articles', {
        body,
        type: 'application/json',
        token: `guess-${i}-0123456789abcdef`,
      });
      expect(guess.status).toBe(401);
    }
    const refused = await call(limited.baseUrl, 'POST', '/api/articles', {
      body,
      type: 'application/json',
      token: TEST_TOKEN,
    });
    expect(refused.status).toBe(429);
    expect(errorOf(refused).code).toBe('RATE_LIMITED');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get('ratelimit-policy')).toMatch(/q=3; w=60/);
    const put = await call(limited.baseUrl, 'PUT', '/api/overrides', {
      body: '{}',
      type: 'application/json',
      token: TEST_TOKEN,
    });
    expect(put.status).toBe(429);
    // Reads are not writes: the same client still searches.
    expect((await call(limited.baseUrl, 'GET', '/api/entities?q=xi')).status).toBe(200);
  });

  it('limits Cypher queries, and exports of a query result with them, but not other reads', async () => {
    for (let i = 0; i < 2; i += 1) {
      expect(
        (await call(limited.baseUrl, 'POST', '/api/cypher', { body: CYPHER, type: 'application/json' })).status,
      ).toBe(200);
    }
    const refused = await call(limited.baseUrl, 'POST', '/api/cypher', { body: CYPHER, type: 'application/json' });
    expect(refused.status).toBe(429);
    expect(errorOf(refused).code).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const exported = await call(limited.baseUrl, 'POST', '/api/export?format=cyjs', {
      body: JSON.stringify({ cypher: { query: 'MATCH (n) RETURN n' } }),
      type: 'application/json',
    });
    expect(exported.status).toBe(429);
    expect((await fetch(`${limited.baseUrl}/api/export?format=cyjs`)).status).toBe(200);
    expect((await call(limited.baseUrl, 'GET', '/api/stats')).status).toBe(200);
    // Another client (another app here: the counts are per app and per address) is not affected.
    expect((await call(closed.baseUrl, 'POST', '/api/cypher', { body: CYPHER, type: 'application/json' })).status).toBe(
      200,
    );
  });

  it('sends no CORS headers unless origins are configured', async () => {
    const simple = await fetch(`${closed.baseUrl}/api/stats`, { headers: { origin: ANALYST } });
    expect(simple.status).toBe(200);
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${closed.baseUrl}/api/articles`, {
      method: 'OPTIONS',
      headers: {
        origin: ANALYST,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-headers')).toBeNull();
  });

  it('allows exactly the configured origins, preflight included', async () => {
    const allowed = await fetch(`${open.baseUrl}/api/stats`, { headers: { origin: ANALYST } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ANALYST);
    expect(allowed.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
    const other = await fetch(`${open.baseUrl}/api/stats`, { headers: { origin: 'https://elsewhere.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();

    const preflight = await fetch(`${open.baseUrl}/api/articles`, {
      method: 'OPTIONS',
      headers: {
        origin: ANALYST,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ANALYST);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
    // CORS lets a page send the request; the token is still what decides whether it may write.
    const write = await call(open.baseUrl, 'POST', '/api/articles', {
      body: '{"text":"x"}',
      type: 'application/json',
      headers: { origin: ANALYST },
    });
    expect(write.status).toBe(401);
  });
});

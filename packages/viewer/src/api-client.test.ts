import { ApiError, describeError, fetchGraph, searchEntities } from './api-client';

/** Replaces fetch with one that records each request and answers with the given status and body. */
function answer(status: number, body: unknown, statusText = ''): { urls: string[]; inits: RequestInit[] } {
  const seen = { urls: [] as string[], inits: [] as RequestInit[] };
  globalThis.fetch = ((url: string, init: RequestInit) => {
    seen.urls.push(url);
    seen.inits.push(init);
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return Promise.resolve(new Response(text, { status, statusText, headers: { 'content-type': 'application/json' } }));
  }) as typeof fetch;
  return seen;
}

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

const xi = {
  id: 'person:xi-jinping',
  name: 'Xi Jinping',
  type: 'Person',
  aliases: [],
  mentionCount: 9,
  articleCount: 3,
};

/** The ApiError a call rejects with, as [code, status, message]. */
async function failure(call: Promise<unknown>): Promise<[string, number, string]> {
  const error = await call.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return [error.code, error.status, error.message];
}

describe('searchEntities', () => {
  it('asks for JSON with the query, type and limit, and returns the parsed items', async () => {
    const seen = answer(200, { items: [xi], offset: 0, limit: 5, nextOffset: null });
    expect(await searchEntities({ q: 'Xi J', type: 'Person', limit: 5 })).toEqual([xi]);
    expect(seen.urls).toEqual(['/api/entities?q=Xi+J&limit=5&type=Person']);
    expect(seen.inits[0]?.headers).toEqual({ accept: 'application/json' });
  });

  it('asks for 20 by default and passes the abort signal on', async () => {
    const seen = answer(200, { items: [], offset: 0, limit: 20, nextOffset: null });
    const signal = new AbortController().signal;
    await searchEntities({ q: '' }, signal);
    expect(seen.urls).toEqual(['/api/entities?q=&limit=20']);
    expect(seen.inits[0]?.signal).toBe(signal);
  });

  it('refuses a body that does not match the schema', async () => {
    answer(200, { items: [{ ...xi, type: 'Company' }], offset: 0, limit: 20, nextOffset: null });
    expect(await failure(searchEntities({ q: 'Xi' }))).toEqual([
      'BAD_RESPONSE',
      200,
      'Unexpected response from /api/entities',
    ]);
  });
});

describe('fetchGraph', () => {
  it('asks for the focus and depth and returns the elements', async () => {
    const seen = answer(200, { nodes: [], edges: [], truncated: false });
    expect(await fetchGraph('country:CN', 2)).toEqual({ nodes: [], edges: [], truncated: false });
    expect(seen.urls).toEqual(['/api/graph?focus=country%3ACN&depth=2']);
  });

  it("reports the server's error code and message", async () => {
    answer(404, { error: { code: 'NOT_FOUND', message: 'no entity country:XX', requestId: 'r-1' } });
    expect(await failure(fetchGraph('country:XX', 1))).toEqual(['NOT_FOUND', 404, 'no entity country:XX']);
  });

  it('reports the status when the error body is not the API error shape', async () => {
    answer(502, '<html>bad gateway</html>', 'Bad Gateway');
    expect(await failure(fetchGraph('a', 1))).toEqual(['HTTP_ERROR', 502, 'The API answered 502 Bad Gateway']);
  });

  it('reports an unreachable server as NETWORK, but lets an abort through as it is', async () => {
    globalThis.fetch = () => Promise.reject(new TypeError('fetch failed'));
    expect(await failure(fetchGraph('a', 1))).toEqual([
      'NETWORK',
      0,
      'The newsgraph API cannot be reached. Is the server running?',
    ]);
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    globalThis.fetch = () => Promise.reject(abort);
    await expect(fetchGraph('a', 1)).rejects.toBe(abort);
  });
});

describe('describeError', () => {
  it.each([
    [
      new ApiError('NEO4J_UNAVAILABLE', 'connection refused', 503),
      'The graph database is unavailable: connection refused',
    ],
    [new ApiError('NEO4J_START_FAILED', 'no Java', 503), 'The graph database is unavailable: no Java'],
    [new ApiError('NOT_FOUND', 'no entity x', 404), 'Not found: no entity x'],
    [new ApiError('BAD_INPUT', 'depth: too big', 400), 'depth: too big'],
    [new Error('plain'), 'plain'],
    ['a string', 'a string'],
  ])('turns %p into a sentence', (error, sentence) => {
    expect(describeError(error)).toBe(sentence);
  });
});

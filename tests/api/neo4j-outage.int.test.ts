import { createArticleIngester, type ArticleIngester } from '@newsgraph/api';
import { GraphStore } from '@newsgraph/graph-store';
import { ArticleIngestedSchema, ErrorBodySchema } from '@newsgraph/schema';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTcpProxy, type TcpProxy } from '../browser/tcp-proxy';
import { freshStore } from '@newsgraph/graph-store/testing';
import { seedInputs } from './load-seeds';
import { serveApi } from './serve-api';
import { call, errorOf, TEST_TOKEN } from './write-client';

// Extraction threads and Neo4j's first plans of the write queries are slow on a shared machine under load.
jest.setTimeout(180_000);
/** The API reaches the test Neo4j through a relay that the test cuts and restores, as an outage would. */
describe('the API when Neo4j goes away and comes back', () => {
  let direct: GraphStore;
  let store: GraphStore;
  let proxy: TcpProxy;
  let served: Awaited<ReturnType<typeof serveApi>>;
  let baseUrl: string;
  let ingester: ArticleIngester;
  let dir: string;
  const target = (): URL => new URL(process.env['NEO4J_URI'] ?? '');

  // What set-up made, closed in reverse even when set-up failed half-way, so no thread or driver outlives the file.
  const cleanup: (() => unknown)[] = [];

  beforeAll(async () => {
    direct = await freshStore();
    cleanup.push(() => direct.close());
    proxy = await startTcpProxy(target().hostname, Number(target().port));
    cleanup.push(() => proxy.stop());
    store = await GraphStore.connect({ uri: `bolt://127.0.0.1:${proxy.port}` });
    cleanup.push(() => store.close());
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-outage-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    ingester = createArticleIngester({
      store,
      overridesPath: join(dir, 'overrides.json'),
      threads: 1,
      maxArticleChars: 200_000,
    });
    cleanup.push(() => ingester.close());
    await ingester.warm();
    served = await serveApi(store, { apiToken: TEST_TOKEN, ingester });
    cleanup.push(() => served.close());
    baseUrl = served.baseUrl;
  });
  afterAll(async () => {
    for (const close of cleanup.reverse()) await close();
  });

  it('answers 503 with Retry-After while Neo4j is unreachable, then serves again without a restart', async () => {
    expect((await fetch(`${baseUrl}/api/entities?q=xi`)).status).toBe(200);
    const port = proxy.port;
    await proxy.stop();

    const health = await fetch(`${baseUrl}/health`);
    expect(health.status).toBe(503);
    expect(health.headers.get('retry-after')).toBe('5');
    const search = await fetch(`${baseUrl}/api/entities?q=xi`);
    expect(search.status).toBe(503);
    expect(search.headers.get('retry-after')).toBe('5');
    const { error } = ErrorBodySchema.parse(await search.json());
    expect(error.code).toBe('NEO4J_UNAVAILABLE');
    expect(error.requestId).toBe(search.headers.get('x-request-id'));
    expect(error.message).not.toContain(String(port));

    proxy = await startTcpProxy(target().hostname, Number(target().port), port);
    expect((await fetch(`${baseUrl}/health`)).status).toBe(200);
    expect((await fetch(`${baseUrl}/api/entities?q=xi`)).status).toBe(200);
  });

  it('answers a write with 503 and Retry-After while Neo4j is unreachable, writes nothing, and writes after it is back', async () => {
    const body = JSON.stringify(seedInputs()[1]);
    const post = () => call(baseUrl, 'POST', '/api/articles', { body, type: 'application/json', token: TEST_TOKEN });
    const port = proxy.port;
    await proxy.stop();

    const down = await post();
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('5');
    expect(errorOf(down)).toMatchObject({ code: 'NEO4J_UNAVAILABLE', message: 'Neo4j is unreachable; retry shortly' });

    proxy = await startTcpProxy(target().hostname, Number(target().port), port);
    expect((await direct.stats()).articles).toBe(0);
    const up = await post();
    expect(up.status).toBe(201);
    expect(ArticleIngestedSchema.parse(up.body).article.status).toBe('new');
    expect((await direct.stats()).articles).toBe(1);
  });
});

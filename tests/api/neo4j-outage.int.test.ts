import { GraphStore } from '@newsgraph/graph-store';
import { ErrorBodySchema } from '@newsgraph/schema';
import { startTcpProxy, type TcpProxy } from '../browser/tcp-proxy';
import { freshStore } from '@newsgraph/graph-store/testing';
import { serveApi } from './serve-api';

/** The API reaches the test Neo4j through a relay that the test cuts and restores, as an outage would. */
describe('the API when Neo4j goes away and comes back', () => {
  let direct: GraphStore;
  let store: GraphStore;
  let proxy: TcpProxy;
  let served: Awaited<ReturnType<typeof serveApi>>;
  let baseUrl: string;
  const target = (): URL => new URL(process.env['NEO4J_URI'] ?? '');

  beforeAll(async () => {
    direct = await freshStore();
    proxy = await startTcpProxy(target().hostname, Number(target().port));
    store = await GraphStore.connect({ uri: `bolt://127.0.0.1:${proxy.port}` });
    served = await serveApi(store);
    baseUrl = served.baseUrl;
  });
  afterAll(async () => {
    await served.close();
    await proxy.stop();
    await store.close();
    await direct.close();
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
});

import type { GraphStore } from '@newsgraph/graph-store';
import { freshStore } from '@newsgraph/graph-store/testing';
import { layOutInThread, layOutView, type ViewLayouter } from '@newsgraph/api';
import { ViewLayoutSchema, type ViewLayoutRequest } from '@newsgraph/schema';
import { serveApi } from './serve-api';

/** A view the size the viewer asks the server to lay out at most: 5,000 entities, 10,000 relations (ring and chords). */
function largeView(nodes = 5000): ViewLayoutRequest {
  const ids = Array.from({ length: nodes }, (_, i) => `entity:${i}`);
  const edges: [number, number][] = [];
  for (let i = 0; i < nodes; i += 1) edges.push([i, (i + 1) % nodes], [i, (i + 37) % nodes]);
  return { nodes: ids, edges };
}

describe('POST /api/layout on a worker thread (real API and Neo4j)', () => {
  let store: GraphStore;
  let served: Awaited<ReturnType<typeof serveApi>>;
  let began: () => void = () => {};

  beforeAll(async () => {
    store = await freshStore();
    // The route's own threaded layout, which tells the test when it has begun.
    const layOut: ViewLayouter = (view) => {
      began();
      return layOutInThread(view);
    };
    served = await serveApi(store, { layOut });
  });
  afterAll(async () => {
    await served.close();
    await store.close();
  });

  const postLayout = (view: ViewLayoutRequest): Promise<Response> =>
    fetch(`${served.baseUrl}/api/layout`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(view),
    });

  it('answers a health check asked while a 15,000-element view is being laid out, before the layout', async () => {
    const view = largeView();
    const answered: string[] = [];
    const started = new Promise<void>((resolve) => (began = resolve));
    const layout = postLayout(view).then(async (response) => {
      answered.push('layout');
      return { status: response.status, body: ViewLayoutSchema.parse(await response.json()) };
    });
    await started;
    const health = await fetch(`${served.baseUrl}/health`);
    answered.push('health');
    expect(health.status).toBe(200);
    const laidOut = await layout;
    expect(answered).toEqual(['health', 'layout']);
    expect(laidOut.status).toBe(200);
    expect(Object.keys(laidOut.body.positions)).toHaveLength(view.nodes.length);
  }, 180_000);

  it('gives the same positions as the layout run in the process', async () => {
    const view = largeView(400);
    const response = await postLayout(view);
    expect(response.status).toBe(200);
    expect(ViewLayoutSchema.parse(await response.json())).toEqual(await layOutView(view));
  }, 60_000);
});

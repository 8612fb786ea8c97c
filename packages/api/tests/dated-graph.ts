import type { GraphStore } from '@newsgraph/graph-store';
import { freshStore } from '@newsgraph/graph-store/testing';
import pino from 'pino';
import { datedArticles } from './fixtures/dated-articles';
import { serveApp, type Served } from './serve-app';

/**
 * Registers the suite's hooks that write the three dated articles into a cleared graph and serve the app on it;
 * the returned getter gives the server's address once they have run.
 */
export function serveDatedGraph(): () => string {
  let store: GraphStore | undefined;
  let served: Served | undefined;
  beforeAll(async () => {
    store = await freshStore();
    await store.writeArticles(datedArticles());
    served = await serveApp({ store, logger: pino({ level: 'silent' }) });
  }, 300_000);
  afterAll(async () => {
    await served?.close();
    await store?.close();
  });
  return () => {
    if (!served) throw new Error('the dated graph is not served yet (ask from inside a test)');
    return served.baseUrl;
  };
}

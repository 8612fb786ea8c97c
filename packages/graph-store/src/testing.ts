import { GraphStore, type ConnectOptions } from './store';

/**
 * For tests only (`@newsgraph/graph-store/testing`): a store on the test Neo4j that the jest global setup started,
 * schema ready and graph empty.
 */
export async function freshStore(options: Omit<ConnectOptions, 'uri'> = {}): Promise<GraphStore> {
  const uri = process.env['NEO4J_URI'];
  if (!uri) throw new Error('NEO4J_URI is not set: integration tests need the jest global setup');
  const store = await GraphStore.connect({
    uri,
    user: process.env['NEO4J_USER'],
    password: process.env['NEO4J_PASSWORD'],
    ...options,
  });
  await store.ensureSchema();
  await store.clear();
  return store;
}

import { GraphStore } from '@newsgraph/graph-store';
import type { Logger } from 'pino';
import type { Config } from './config';
import { acquireNeo4j, type Neo4jLease } from './neo4j-owner';

/** Runs work against the graph, with Neo4j found or started for it, and lets go of everything after. */
export async function withStore<T>(
  config: Config,
  logger: Logger,
  work: (store: GraphStore, lease: Neo4jLease) => Promise<T>,
): Promise<T> {
  const lease = await acquireNeo4j(config, logger);
  try {
    const store = await GraphStore.connect({ uri: lease.uri, user: lease.user, password: lease.password });
    try {
      await store.ensureSchema();
      return await work(store, lease);
    } finally {
      await store.close();
    }
  } finally {
    await lease.release();
  }
}

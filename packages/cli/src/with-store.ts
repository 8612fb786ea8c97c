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
    const store = await connectStore(lease);
    try {
      return await work(store, lease);
    } finally {
      await store.close();
    }
  } finally {
    await lease.release();
  }
}

/**
 * Like `withStore`, but the work starts while a Neo4j this command launched still boots: it gets the store as a
 * promise (connected, schema set up), so it can read and extract meanwhile.
 */
export async function withStoreEarly<T>(
  config: Config,
  logger: Logger,
  work: (store: Promise<GraphStore>, lease: Neo4jLease) => Promise<T>,
): Promise<T> {
  const lease = await acquireNeo4j(config, logger, { early: true });
  let connected: GraphStore | undefined;
  const store = lease.up.then(() => connectStore(lease)).then((s) => (connected = s));
  // Work that fails before it waits for the store must not leave the store's own failure unhandled.
  const settled = store.then(
    () => undefined,
    () => undefined,
  );
  try {
    // Not booting (a graph is stored, or Neo4j was running): the store first, so look-ups skip before extracting.
    if (!lease.booting) await store;
    return await work(store, lease);
  } finally {
    // A Neo4j still booting is stopped rather than waited for; one that is up is let go of after its store.
    const before = connected;
    await before?.close();
    await lease.release();
    await settled;
    // connected in the meantime (its Neo4j now stopped): the driver still needs closing
    if (!before) await connected?.close();
  }
}

/** A connected store with the graph's schema in place. */
export async function connectStore(lease: Neo4jLease): Promise<GraphStore> {
  const store = await GraphStore.connect({ uri: lease.uri, user: lease.user, password: lease.password });
  try {
    await store.ensureSchema();
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}

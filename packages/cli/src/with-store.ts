import { GraphStore } from '@newsgraph/graph-store';
import type { DeferredStore } from '@newsgraph/ingest';
import { boltAnswers } from '@newsgraph/neo4j-embedded';
import type { Logger } from 'pino';
import type { Config } from './config';
import { acquireNeo4j, neo4jDataDir, type Neo4jLease } from './neo4j-owner';
import { readLedger } from './stored-ledger';

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
 * promise (connected, schema set up), so it can read and extract meanwhile. When no Neo4j runs and the list of
 * stored articles written when the last one stopped still describes its files, the work gets that list and a store
 * opened on demand: a run of unchanged articles starts no Neo4j at all (ADR 16). `owned`: a Neo4j started for it.
 */
export async function withStoreEarly<T>(
  config: Config,
  logger: Logger,
  work: (store: Promise<GraphStore> | DeferredStore, owned: boolean) => Promise<T>,
): Promise<T> {
  const ledger = config.neo4jUri || (await boltAnswers(config.boltPort)) ? undefined : readLedger(neo4jDataDir(config));
  if (!ledger) {
    const lease = await acquireNeo4j(config, logger, { early: true });
    const tracked = track(lease.up.then(() => connectStore(lease)));
    try {
      // Not booting (a graph is stored, or Neo4j was running): the store first, so look-ups skip before extracting.
      if (!lease.booting) await tracked.store;
      return await work(tracked.store, lease.origin === 'owned');
    } finally {
      await letGo(lease, tracked);
    }
  }
  logger.info(`the graph's ${ledger.size} articles are listed beside its stopped Neo4j: it starts only to write`);
  let lease: Promise<Neo4jLease> | undefined;
  let tracked: Tracked | undefined;
  const deferred: DeferredStore = {
    lookup: ledger,
    open: () => {
      lease ??= acquireNeo4j(config, logger, { early: true, screened: true });
      tracked ??= track(lease.then((l) => l.up.then(() => connectStore(l))));
      return tracked.store;
    },
  };
  try {
    return await work(deferred, true);
  } finally {
    const opened = lease && (await lease.catch(() => undefined));
    if (opened && tracked) await letGo(opened, tracked);
  }
}

/** A store being connected, and whether it is yet. */
interface Tracked {
  store: Promise<GraphStore>;
  connected(): GraphStore | undefined;
  settled: Promise<void>;
}

function track(store: Promise<GraphStore>): Tracked {
  let connected: GraphStore | undefined;
  // Work that fails before it waits for the store must not leave the store's own failure unhandled.
  const settled = store.then(
    (s) => {
      connected = s;
    },
    () => undefined,
  );
  return { store, connected: () => connected, settled };
}

/** A Neo4j still booting is stopped rather than waited for; one that is up is let go of after its store. */
async function letGo(lease: Neo4jLease, tracked: Tracked): Promise<void> {
  const before = tracked.connected();
  await before?.close();
  await lease.release();
  await tracked.settled;
  // connected in the meantime (its Neo4j now stopped): the driver still needs closing
  if (!before) await tracked.connected()?.close();
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

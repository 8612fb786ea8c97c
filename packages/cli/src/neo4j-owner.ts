import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { GraphStore, type StoredStamp } from '@newsgraph/graph-store';
import { NewsgraphError } from '@newsgraph/schema';
import { boltAnswers, EmbeddedNeo4jError, launchNeo4j } from '@newsgraph/neo4j-embedded';
import type { Logger } from 'pino';
import type { Config } from './config';
import { dropLedger, writeLedger } from './stored-ledger';

/** A Neo4j to talk to, and how to let go of it when the command ends. */
export interface Neo4jLease {
  uri: string;
  user: string | undefined;
  password: string | undefined;
  /** Who provides it: an external server, an embedded one already running, or one this command started. */
  origin: 'external' | 'shared' | 'owned';
  /** Resolves once Neo4j answers (at once unless this command started it), or rejects with why it did not start. */
  up: Promise<void>;
  /** True while a Neo4j this command started on a new data directory may still be booting. */
  booting: boolean;
  release(): Promise<void>;
}

export interface AcquireOptions {
  /**
   * Resolve while a Neo4j this command starts on a new data directory is still booting (`up` says when it answers);
   * by default, and on a directory that already holds a graph, once it answers.
   */
  early?: boolean | undefined;
  /** The articles were screened against the stored list (`readLedger`): resolve early even on a stored graph. */
  screened?: boolean | undefined;
}

/**
 * NEO4J_URI when set; else our embedded Neo4j if one already answers on the Bolt port;
 * else a new embedded Neo4j that lives as long as this command.
 */
export async function acquireNeo4j(config: Config, logger: Logger, options: AcquireOptions = {}): Promise<Neo4jLease> {
  const nothing = async (): Promise<void> => {};
  if (config.neo4jUri) {
    return {
      uri: config.neo4jUri,
      user: config.neo4jUser,
      password: config.neo4jPassword,
      origin: 'external',
      up: Promise.resolve(),
      booting: false,
      release: nothing,
    };
  }
  const uri = `bolt://127.0.0.1:${config.boltPort}`;
  if (await boltAnswers(config.boltPort)) {
    logger.info(`using the Neo4j already running on ${uri}`);
    return {
      uri,
      user: undefined,
      password: undefined,
      origin: 'shared',
      up: Promise.resolve(),
      booting: false,
      release: nothing,
    };
  }
  // Only an empty graph (or articles already screened against the stored list) is worth not waiting for: with a
  // graph stored, the look-ups before extraction save more than extracting during the boot would.
  const dir = neo4jDataDir(config);
  const early =
    options.early === true && (options.screened === true || !existsSync(join(dir, 'data', 'databases', 'neo4j')));
  // Once a Neo4j runs on these files the stored list no longer describes them; a new one is written when it stops.
  dropLedger(dir);
  try {
    const launched = await launchNeo4j({
      dataDir: dir,
      boltPort: config.boltPort,
      heapMb: config.heapMb,
      pageCacheMb: config.pageCacheMb,
      log: (line) => logger.info(line),
    });
    let answered = false;
    const up = launched.up.then(
      () => {
        answered = true;
      },
      (error: unknown) => {
        throw toStartError(error);
      },
    );
    // A caller that lets go before asking (a failed read) must not leave the rejection unhandled.
    up.catch(() => {});
    if (!early) await up;
    return {
      uri: launched.uri,
      user: undefined,
      password: undefined,
      origin: 'owned',
      up,
      booting: early,
      release: async () => {
        // read just before it stops, so a later run can skip unchanged articles without starting it (ADR 16)
        const stamps = answered ? await readStamps(launched.uri) : undefined;
        await launched.stop();
        if (stamps) writeLedger(dir, stamps);
      },
    };
  } catch (error) {
    throw toStartError(error);
  }
}

/** Every stored article's stamp, or undefined when the graph cannot be read (then no list is written). */
async function readStamps(uri: string): Promise<StoredStamp[] | undefined> {
  try {
    const store = await GraphStore.connect({ uri });
    try {
      return await store.articleStamps();
    } finally {
      await store.close();
    }
  } catch {
    return undefined;
  }
}

/** Where the embedded Neo4j keeps its files. */
export function neo4jDataDir(config: Config): string {
  return join(config.dataDir, 'neo4j');
}

/** Turns a launcher failure into the CLI's one error type, keeping its message that names what is missing. */
export function toStartError(error: unknown): NewsgraphError {
  if (error instanceof NewsgraphError) return error;
  if (error instanceof EmbeddedNeo4jError)
    return new NewsgraphError('NEO4J_START_FAILED', error.message, { cause: error });
  return new NewsgraphError('NEO4J_START_FAILED', `could not start Neo4j: ${(error as Error).message}`, {
    cause: error,
  });
}

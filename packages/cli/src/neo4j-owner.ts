import { join } from 'node:path';
import { NewsgraphError } from '@newsgraph/schema';
import { boltAnswers, EmbeddedNeo4jError, startNeo4j } from '@newsgraph/neo4j-embedded';
import type { Logger } from 'pino';
import type { Config } from './config';

/** A Neo4j to talk to, and how to let go of it when the command ends. */
export interface Neo4jLease {
  uri: string;
  user: string | undefined;
  password: string | undefined;
  /** Who provides it: an external server, an embedded one already running, or one this command started. */
  origin: 'external' | 'shared' | 'owned';
  release(): Promise<void>;
}

/**
 * NEO4J_URI when set; else our embedded Neo4j if one already answers on the Bolt port;
 * else a new embedded Neo4j that lives as long as this command.
 */
export async function acquireNeo4j(config: Config, logger: Logger): Promise<Neo4jLease> {
  const nothing = async (): Promise<void> => {};
  if (config.neo4jUri) {
    return {
      uri: config.neo4jUri,
      user: config.neo4jUser,
      password: config.neo4jPassword,
      origin: 'external',
      release: nothing,
    };
  }
  const uri = `bolt://127.0.0.1:${config.boltPort}`;
  if (await boltAnswers(config.boltPort)) {
    logger.info(`using the Neo4j already running on ${uri}`);
    return { uri, user: undefined, password: undefined, origin: 'shared', release: nothing };
  }
  try {
    const running = await startNeo4j({
      dataDir: neo4jDataDir(config),
      boltPort: config.boltPort,
      heapMb: config.heapMb,
      pageCacheMb: config.pageCacheMb,
      log: (line) => logger.info(line),
    });
    return { uri: running.uri, user: undefined, password: undefined, origin: 'owned', release: () => running.stop() };
  } catch (error) {
    throw toStartError(error);
  }
}

/** Where the embedded Neo4j keeps its files. */
export function neo4jDataDir(config: Config): string {
  return join(config.dataDir, 'neo4j');
}

/** Turns a launcher failure into the CLI's one error type, keeping its message that names what is missing. */
export function toStartError(error: unknown): NewsgraphError {
  if (error instanceof EmbeddedNeo4jError)
    return new NewsgraphError('NEO4J_START_FAILED', error.message, { cause: error });
  return new NewsgraphError('NEO4J_START_FAILED', `could not start Neo4j: ${(error as Error).message}`, {
    cause: error,
  });
}

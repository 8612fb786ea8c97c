import { boltAnswers, readPidFile, removePidFile, startNeo4j, stopPid, writePidFile } from '@newsgraph/neo4j-embedded';
import { NewsgraphError } from '@newsgraph/schema';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { neo4jDataDir, toStartError } from '../neo4j-owner';
import { warmUpNeo4j } from '../warm-up';

/** `neo4j start`: leaves an embedded Neo4j running in the background, recorded in the data dir's pid file. */
export async function neo4jStart(config: Config, logger: Logger): Promise<string> {
  const dataDir = neo4jDataDir(config);
  const existing = readPidFile(dataDir);
  if (existing) return `Neo4j already running (pid ${existing.pid}) on bolt://127.0.0.1:${existing.boltPort}`;
  if (await boltAnswers(config.boltPort)) {
    throw new NewsgraphError(
      'NEO4J_START_FAILED',
      `a Neo4j not started by \`neo4j start\` already answers on port ${config.boltPort}; it is in use`,
    );
  }
  try {
    const running = await startNeo4j({
      dataDir,
      boltPort: config.boltPort,
      heapMb: config.heapMb,
      pageCacheMb: config.pageCacheMb,
      detached: true,
      log: (l) => logger.info(l),
    });
    writePidFile(dataDir, { pid: running.pid, boltPort: config.boltPort, startedAt: new Date().toISOString() });
    await warmUpNeo4j(running.uri, logger);
    return `Neo4j running in the background (pid ${running.pid}) on ${running.uri}`;
  } catch (error) {
    throw toStartError(error);
  }
}

/** `neo4j stop`: stops the background Neo4j of this data dir. */
export async function neo4jStop(config: Config): Promise<string> {
  const dataDir = neo4jDataDir(config);
  const record = readPidFile(dataDir);
  if (!record) return 'no background Neo4j is running for this data directory';
  await stopPid(record.pid);
  removePidFile(dataDir);
  return `Neo4j (pid ${record.pid}) stopped`;
}

/** `neo4j status`: which Neo4j a command would use right now. */
export async function neo4jStatus(config: Config): Promise<string> {
  if (config.neo4jUri) return `external Neo4j at ${config.neo4jUri} (NEO4J_URI)`;
  const record = readPidFile(neo4jDataDir(config));
  if (record) return `background Neo4j running (pid ${record.pid}) on bolt://127.0.0.1:${record.boltPort}`;
  if (await boltAnswers(config.boltPort))
    return `a Neo4j answers on bolt://127.0.0.1:${config.boltPort} (started by another newsgraph command)`;
  return `no Neo4j running; commands will start an embedded one on port ${config.boltPort} for their own lifetime`;
}

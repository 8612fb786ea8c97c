import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isAlive } from './start';

/** What `newsgraph neo4j start` leaves behind so later commands can find and stop the background Neo4j. */
export interface PidRecord {
  pid: number;
  boltPort: number;
  startedAt: string;
}

const pidPath = (dataDir: string): string => join(resolve(dataDir), 'neo4j.pid');

/** Records the background Neo4j of this data directory. */
export function writePidFile(dataDir: string, record: PidRecord): void {
  writeFileSync(pidPath(dataDir), `${JSON.stringify(record)}\n`);
}

/** The background Neo4j of this data directory, if its process still runs; a stale file is removed. */
export function readPidFile(dataDir: string): PidRecord | undefined {
  const path = pidPath(dataDir);
  if (!existsSync(path)) return undefined;
  try {
    const record = JSON.parse(readFileSync(path, 'utf8')) as Partial<PidRecord>;
    if (typeof record.pid === 'number' && typeof record.boltPort === 'number' && isAlive(record.pid)) {
      return {
        pid: record.pid,
        boltPort: record.boltPort,
        startedAt: typeof record.startedAt === 'string' ? record.startedAt : '',
      };
    }
  } catch {
    // An unreadable pid file is as good as none.
  }
  rmSync(path, { force: true });
  return undefined;
}

/** Forgets the background Neo4j of this data directory. */
export function removePidFile(dataDir: string): void {
  rmSync(pidPath(dataDir), { force: true });
}

// Ingest benchmark, repeated runs on an empty graph: each run times `extract --jsonl`, `ingest` into an empty graph,
// and `ingest` of the same file again (every article unchanged), then prints medians with their spread.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphStore } from '@newsgraph/graph-store';
import { startNeo4j, type RunningNeo4j } from '@newsgraph/neo4j-embedded';
import { cpuByThread, cpuSeconds, fmt, loadAverage, spread, timed } from './cli-timing';
import { describeRunProfile, type RunCpu } from './profile-report';

/**
 * Where the graph lives: a running Neo4j emptied first; a new one started per run, warmed as `neo4j start` does, or
 * not; or none, so each `ingest` starts its own in a new data dir (its start and warm-up inside the time, as a user
 * without a running Neo4j sees it).
 */
export type Database =
  | { kind: 'running'; uri: string }
  | { kind: 'fresh' | 'cold' | 'owned'; boltPort: number; heapMb: number; pageCacheMb: number };

export interface ShortRunOptions {
  lines: string[];
  dir: string;
  workers: string;
  repeat: number;
  database: Database;
  /** Ask `ingest` where its time went (`--profile`) and print it with the CPU each process used. */
  profile: boolean;
}

interface Run {
  extract: number;
  ingest: number;
  again: number;
  warmUp: number | undefined;
}

/** Runs the three commands `repeat` times and prints each run, then the medians and their spread. */
export async function shortRuns(options: ShortRunOptions): Promise<void> {
  const { lines, dir, workers, database } = options;
  const file = join(dir, 'articles.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const runs: Run[] = [];
  for (let r = 0; r < options.repeat; r++) {
    const db = await openDatabase(database, dir, r);
    try {
      const neo4jBefore = db.pid === undefined ? 0 : cpuSeconds(db.pid);
      const extractRun = await timed(['extract', '--jsonl'], {
        uri: db.uri,
        workers,
        stdinFile: file,
        discardStdout: true,
      });
      const extract = extractRun.seconds;
      const neo4jMiddle = db.pid === undefined ? 0 : cpuSeconds(db.pid);
      const threadsBefore = db.pid === undefined ? new Map<string, number>() : cpuByThread(db.pid);
      const ingest = await timed(['ingest', '--json', ...(options.profile ? ['--profile'] : []), file], {
        uri: db.uri,
        env: db.env,
        workers,
      });
      const neo4jAfter = db.pid === undefined ? 0 : cpuSeconds(db.pid);
      const threadsAfter = db.pid === undefined ? new Map<string, number>() : cpuByThread(db.pid);
      const first = JSON.parse(ingest.stdout) as { new: number; failed: unknown[]; profile?: unknown };
      const again = await timed(['ingest', '--json', file], { uri: db.uri, env: db.env, workers });
      const second = JSON.parse(again.stdout) as { unchanged: number; new: number; updated: number };
      if (first.failed.length > 0 || second.new + second.updated > 0)
        throw new Error(
          `run ${r + 1}: ingest failed ${first.failed.length}, re-ingest wrote ${second.new + second.updated}`,
        );
      runs.push({ extract, ingest: ingest.seconds, again: again.seconds, warmUp: db.warmUp });
      if (options.profile) {
        const cpu: RunCpu = {
          extract: extractRun.cpuSeconds,
          ingest: ingest.cpuSeconds,
          neo4jDuringExtract: db.pid === undefined ? null : neo4jMiddle - neo4jBefore,
          // an owned Neo4j is the ingest's own child: its JVM start, schema, warm-up and writes
          neo4jDuringIngest: db.pid === undefined ? ingest.childCpuSeconds : neo4jAfter - neo4jMiddle,
          neo4jThreads: [...threadsAfter].map(([name, after]) => [name, after - (threadsBefore.get(name) ?? 0)]),
        };
        console.log(describeRunProfile(first.profile, { extract, ingest: ingest.seconds }, cpu));
      }
      console.log(
        `run ${r + 1}/${options.repeat} (load ${loadAverage()}): extract ${fmt(extract, 1)} s, ingest ${fmt(ingest.seconds, 1)} s (${fmt((extract / ingest.seconds) * 100)}%, ${first.new} new), again ${fmt(again.seconds, 1)} s (${fmt((again.seconds / extract) * 100)}% of extract, ${second.unchanged} unchanged)${db.warmUp === undefined ? '' : `; warm-up ${fmt(db.warmUp, 1)} s`}`,
      );
    } finally {
      await db.close();
    }
  }
  const pct = (xs: number[]): number[] => xs.map((x) => x * 100);
  console.log(`database: ${describe(database)}; ${lines.length} articles; workers ${workers}`);
  console.log(
    `extract --jsonl:        ${spread(
      runs.map((r) => r.extract),
      1,
      ' s',
    )}`,
  );
  console.log(
    `ingest:                 ${spread(
      runs.map((r) => r.ingest),
      1,
      ' s',
    )}`,
  );
  console.log(
    `ingest / extract-only:  ${spread(pct(runs.map((r) => r.extract / r.ingest)), 0, '%')} of extract-only throughput`,
  );
  console.log(
    `re-ingest, unchanged:   ${spread(
      runs.map((r) => r.again),
      1,
      ' s',
    )}`,
  );
  console.log(
    `re-ingest / extraction: ${spread(pct(runs.map((r) => r.again / r.extract)), 0, '%')} of the extraction time`,
  );
  const warmUps = runs.flatMap((r) => (r.warmUp === undefined ? [] : [r.warmUp]));
  if (warmUps.length > 0) console.log(`warm-up (in neo4j start): ${spread(warmUps, 1, ' s')}`);
}

function describe(database: Database): string {
  if (database.kind === 'running') return `the running Neo4j at ${database.uri}, emptied before each run`;
  if (database.kind === 'owned')
    return `none: each ingest starts its own Neo4j in a new data dir (heap ${database.heapMb} MB, page cache ${database.pageCacheMb} MB) and warms it while extracting, start-up inside its time`;
  const how = database.kind === 'fresh' ? 'warmed up as `neo4j start` does' : 'not warmed up';
  return `a Neo4j started for each run (heap ${database.heapMb} MB, page cache ${database.pageCacheMb} MB), ${how}`;
}

/** An empty graph for one run, and how to let go of it. */
async function openDatabase(
  database: Database,
  dir: string,
  run: number,
): Promise<{
  uri: string | undefined;
  env?: Record<string, string>;
  pid: number | undefined;
  warmUp: number | undefined;
  close(): Promise<void>;
}> {
  if (database.kind === 'running') {
    const store = await GraphStore.connect({ uri: database.uri });
    await store.ensureSchema();
    await store.clear();
    await store.close();
    return { uri: database.uri, pid: undefined, warmUp: undefined, close: async () => {} };
  }
  const dataDir = mkdtempSync(join(dir, `neo4j-${run}-`));
  if (database.kind === 'owned') {
    const env = {
      NEO4J_BOLT_PORT: String(database.boltPort),
      NEWSGRAPH_DATA_DIR: dataDir,
      NEO4J_HEAP_MB: String(database.heapMb),
      NEO4J_PAGECACHE_MB: String(database.pageCacheMb),
    };
    return {
      uri: undefined,
      env,
      pid: undefined,
      warmUp: undefined,
      close: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
    };
  }
  const running: RunningNeo4j = await startNeo4j({
    dataDir,
    boltPort: database.boltPort,
    heapMb: database.heapMb,
    pageCacheMb: database.pageCacheMb,
  });
  const store = await GraphStore.connect({ uri: running.uri });
  let warmUp: number | undefined;
  try {
    // what `neo4j start` does after the JVM is up: the schema, then (unless cold) the warm-up
    await store.ensureSchema();
    if (database.kind === 'fresh') {
      const started = Date.now();
      await store.warmUp();
      warmUp = (Date.now() - started) / 1000;
    }
  } finally {
    await store.close();
  }
  return {
    uri: running.uri,
    pid: running.pid,
    warmUp,
    close: async () => {
      await running.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

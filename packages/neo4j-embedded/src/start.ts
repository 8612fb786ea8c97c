import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { boltAnswers, portIsFree, waitForBolt } from './bolt-probe';
import { ensureLauncherClasspath, LAUNCHER_MAIN_CLASS } from './classpath';
import { EmbeddedNeo4jError } from './errors';
import { findJava } from './java';

/** The flags Neo4j's own neo4j.conf passes; embedded Neo4j fails at start without them on Java 17. */
export const NEO4J_JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];

/**
 * The JIT's quick tier only: a freshly started Neo4j spent as much CPU optimising its code as ingest spent
 * extracting, on a machine whose cores extraction already fills (ADR 14).
 */
export const NEO4J_JIT_FLAGS = ['-XX:TieredStopAtLevel=1'];

export interface StartOptions {
  /** Where the database files live; a second start on the same directory reuses the data. */
  dataDir: string;
  boltPort: number;
  heapMb?: number;
  pageCacheMb?: number;
  /** Keep running after this process exits (for `newsgraph neo4j start`); otherwise the JVM dies with us. */
  detached?: boolean;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface RunningNeo4j {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

/** A Neo4j whose JVM is starting: `up` resolves once Bolt answers, or rejects (the JVM killed) if it never does. */
export interface LaunchedNeo4j extends RunningNeo4j {
  up: Promise<void>;
}

/** Starts Neo4j Community 5.26 in a child JVM and resolves once Bolt answers on 127.0.0.1. */
export async function startNeo4j(options: StartOptions): Promise<RunningNeo4j> {
  const launched = await launchNeo4j(options);
  await launched.up;
  return { uri: launched.uri, pid: launched.pid, stop: () => launched.stop() };
}

/**
 * Starts Neo4j Community 5.26 in a child JVM and resolves as soon as the JVM is spawned, so the caller can work
 * (extract) while it boots; stopping it before it is up kills the JVM and rejects `up`.
 */
export async function launchNeo4j(options: StartOptions): Promise<LaunchedNeo4j> {
  const dataDir = resolve(options.dataDir);
  const log = options.log ?? (() => {});
  if (!(await portIsFree(options.boltPort))) {
    const what = (await boltAnswers(options.boltPort))
      ? 'a Bolt server (another Neo4j)'
      : 'a program that is not Neo4j';
    throw new EmbeddedNeo4jError(
      'PORT_IN_USE',
      `port ${options.boltPort} is already held by ${what}; stop it, or choose another port with NEO4J_BOLT_PORT`,
    );
  }
  const java = findJava();
  const classpath = ensureLauncherClasspath(java, log);
  mkdirSync(join(dataDir, 'logs'), { recursive: true });
  const logPath = join(dataDir, 'logs', 'launcher.log');
  const logFd = openSync(logPath, 'a');
  const args = [
    `-Xmx${options.heapMb ?? 1024}m`,
    ...NEO4J_JVM_FLAGS,
    ...NEO4J_JIT_FLAGS,
    '-cp',
    classpath,
    LAUNCHER_MAIN_CLASS,
    dataDir,
    String(options.boltPort),
    String(options.pageCacheMb ?? 256),
    String(!options.detached),
  ];
  log(`starting Neo4j (data in ${dataDir}, Bolt on 127.0.0.1:${options.boltPort})…`);
  const child = spawn(java, args, {
    stdio: [options.detached ? 'ignore' : 'pipe', logFd, logFd],
    detached: options.detached ?? false,
  });
  closeSync(logFd);
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const pid = child.pid;
  if (pid === undefined) {
    throw new EmbeddedNeo4jError('START_FAILED', `could not run ${java}; the end of ${logPath}:\n${tail(logPath)}`);
  }
  const up = waitForBolt(options.boltPort, options.startTimeoutMs ?? 120_000, () => !exited).then((answers) => {
    if (!answers) {
      child.kill('SIGKILL');
      throw new EmbeddedNeo4jError('START_FAILED', `Neo4j did not start; the end of ${logPath}:\n${tail(logPath)}`);
    }
    if (options.detached) child.unref();
    log(`Neo4j is up (pid ${pid})`);
  });
  return { uri: `bolt://127.0.0.1:${options.boltPort}`, pid, up, stop: () => stopChild(child, () => exited) };
}

async function stopChild(child: ChildProcess, hasExited: () => boolean): Promise<void> {
  if (hasExited()) return;
  const gone = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  await gone;
  clearTimeout(timer);
}

/** Stops a JVM by pid (one this process did not start), waiting until it is gone. */
export async function stopPid(pid: number, timeoutMs = 60_000): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  const until = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

/** True while a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function tail(path: string): string {
  if (!existsSync(path)) return '(no log)';
  return readFileSync(path, 'utf8').split('\n').slice(-30).join('\n');
}

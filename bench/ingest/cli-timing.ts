// Shared by the ingest benchmark's modes: reading the corpus, timing the CLI as a user runs it, formatting figures.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { openFileStream } from '@newsgraph/ingest';

const CLI = join(resolve(__dirname, '..', '..'), 'packages', 'cli', 'bin', 'newsgraph.js');

/** The first `count` non-empty lines of a (gzipped) JSON Lines file. */
export async function takeLines(path: string, count: number): Promise<string[]> {
  const input = openFileStream(path);
  const lines: string[] = [];
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    lines.push(line);
    if (lines.length >= count) break;
  }
  input.destroy();
  return lines;
}

/** What the timed command needs: the Neo4j to use, extraction threads, and its stdin and stdout. */
export interface TimedRun {
  /** The Neo4j to use; without one the command starts its own on `env`'s NEO4J_BOLT_PORT in NEWSGRAPH_DATA_DIR. */
  uri: string | undefined;
  env?: Record<string, string> | undefined;
  workers: string;
  stdinFile?: string;
  discardStdout?: boolean;
}

/** CPU seconds (user + system, every thread) a process has used so far, from /proc; 0 when it is gone. */
export function cpuSeconds(pid: number, path = `/proc/${pid}/stat`): number {
  try {
    const stat = readFileSync(path, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** CPU seconds of each group of a process's threads (names without their numbers: "C1 CompilerThre", "neo4j.BoltWorker"). */
export function cpuByThread(pid: number): Map<string, number> {
  const groups = new Map<string, number>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return groups;
  }
  for (const tid of tids) {
    try {
      const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8')
        .trim()
        .replace(/[-#]?\d+$/, '');
      groups.set(name, (groups.get(name) ?? 0) + cpuSeconds(Number(tid), `/proc/${pid}/task/${tid}/stat`));
    } catch {
      // The thread may have just ended.
    }
  }
  return groups;
}

/**
 * Runs the CLI, sampling its resident memory every 500 ms and its CPU time every 100 ms (the last sample misses
 * at most the final 100 ms). Stdin and a discarded stdout are files handed to the
 * child directly, so this process does no piping work that would be charged to the command being timed.
 */
export function timed(
  args: string[],
  run: TimedRun,
): Promise<{ seconds: number; stdout: string; rssMb: number[]; cpuSeconds: number; childCpuSeconds: number }> {
  const stdin = run.stdinFile ? openSync(run.stdinFile, 'r') : 'ignore';
  const stdoutTarget = run.discardStdout ? openSync('/dev/null', 'w') : 'pipe';
  return new Promise((done, fail) => {
    const started = Date.now();
    const child = spawn(process.execPath, [CLI, ...args], {
      env: {
        ...withoutUri(process.env, run.uri),
        ...run.env,
        NEWSGRAPH_WORKERS: run.workers,
        LOG_LEVEL: 'warn',
      },
      stdio: [stdin, stdoutTarget, 'inherit'],
    });
    let stdout = '';
    child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
    const rssMb: number[] = [];
    let cpu = 0;
    // per child process (a Neo4j the command started itself), the last CPU time seen
    const childCpu = new Map<number, number>();
    let ticks = 0;
    const sampler = setInterval(() => {
      cpu = Math.max(cpu, cpuSeconds(child.pid ?? 0));
      for (const pid of childPids(child.pid ?? 0)) childCpu.set(pid, Math.max(childCpu.get(pid) ?? 0, cpuSeconds(pid)));
      if (++ticks % 5 !== 0) return;
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
        if (kb > 0) rssMb.push(kb / 1024);
      } catch {
        // The process may have just exited.
      }
    }, 100);
    child.once('error', fail);
    child.once('close', (code) => {
      clearInterval(sampler);
      for (const fd of [stdin, stdoutTarget]) if (typeof fd === 'number') closeSync(fd);
      if (code !== 0) fail(new Error(`newsgraph ${args.join(' ')} exited with ${String(code)}`));
      else {
        const childCpuSeconds = [...childCpu.values()].reduce((a, b) => a + b, 0);
        done({ seconds: (Date.now() - started) / 1000, stdout, rssMb, cpuSeconds: cpu, childCpuSeconds });
      }
    });
  });
}

function withoutUri(env: NodeJS.ProcessEnv, uri: string | undefined): NodeJS.ProcessEnv {
  const { NEO4J_URI: _ignored, ...rest } = env;
  return uri === undefined ? rest : { ...rest, NEO4J_URI: uri };
}

export const fmt = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Median of a list (the mean of the middle two for an even count). */
export function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** "median (min–max, n runs)": the spread says how far one figure can be trusted on a shared machine. */
export function spread(xs: number[], digits: number, unit = ''): string {
  if (xs.length === 0) return 'n/a';
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  return `${fmt(median(xs), digits)}${unit} (${fmt(lo, digits)}–${fmt(hi, digits)}${unit}, ${xs.length} run${xs.length === 1 ? '' : 's'})`;
}

/** The one-minute load average, to print beside every figure taken on a shared machine. */
export function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}

/** The processes a process started (Linux: each of its threads' `children`), e.g. the JVM of a Neo4j it owns. */
function childPids(pid: number): number[] {
  const read = (path: string): string => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      // the process or the thread may have just ended
      return '';
    }
  };
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return tids.flatMap((tid) => read(`/proc/${pid}/task/${tid}/children`).split(' ').filter(Boolean).map(Number));
}

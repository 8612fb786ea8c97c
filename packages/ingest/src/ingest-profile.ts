import { readFileSync } from 'node:fs';

/** One batch's write: its size and when it started and ended, in ms since the process started. */
export interface BatchTiming {
  articles: number;
  startedAt: number;
  endedAt: number;
}

/** Where an ingest run's time went (`ingest --profile`); write steps overlap extraction, so they do not add up to the run. */
export interface IngestProfile {
  /** When each moment of the run was first reached, in ms since the process started (module loading included). */
  marks: Record<string, number>;
  /** Summed wall time (ms) and count of each step. */
  steps: Record<string, { ms: number; count: number }>;
  batches: BatchTiming[];
  /** CPU seconds of the whole process (extraction threads included) and of its main thread alone, when Linux says. */
  cpu: { process: number; mainThread: number | null };
}

/** Collects an `IngestProfile` as the run goes; every method is cheap enough to call per article. */
export interface ProfileRecorder {
  mark(name: string): void;
  step(name: string, ms: number): void;
  batch(timing: BatchTiming): void;
  result(): IngestProfile;
}

/** A recorder whose clock starts with the process, so the profile also shows what came before the run. */
export function createProfileRecorder(): ProfileRecorder {
  const marks: Record<string, number> = {};
  const steps: Record<string, { ms: number; count: number }> = {};
  const batches: BatchTiming[] = [];
  return {
    mark(name) {
      marks[name] ??= Math.round(performance.now());
    },
    step(name, ms) {
      const entry = (steps[name] ??= { ms: 0, count: 0 });
      entry.ms += ms;
      entry.count += 1;
    },
    batch(timing) {
      batches.push(timing);
    },
    result() {
      const rounded = Object.fromEntries(
        Object.entries(steps).map(([name, s]) => [name, { ms: Math.round(s.ms), count: s.count }]),
      );
      const usage = process.cpuUsage();
      return {
        marks,
        steps: rounded,
        batches,
        cpu: { process: (usage.user + usage.system) / 1e6, mainThread: mainThreadCpu() },
      };
    },
  };
}

// utime and stime of the main thread, in the kernel's clock ticks (100 a second on Linux); null elsewhere.
function mainThreadCpu(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

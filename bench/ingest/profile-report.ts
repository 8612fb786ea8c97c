// The ingest benchmark's --profile output: where one ingest run's time went, beside the CPU each side used.
import type { IngestProfile } from '@newsgraph/ingest';
import { fmt } from './cli-timing';

/** CPU seconds of the two commands (every thread) and of Neo4j while each ran (null: Neo4j not ours to watch). */
export interface RunCpu {
  extract: number;
  ingest: number;
  neo4jDuringExtract: number | null;
  neo4jDuringIngest: number | null;
  /** Neo4j's CPU during the ingest by group of threads. */
  neo4jThreads: [string, number][];
}

const s = (ms: number): string => `${fmt(ms / 1000, 2)} s`;

/** Several lines: ingest's moments, its write steps by time, its batches, then the CPU budget of both commands. */
export function describeRunProfile(profile: unknown, wall: { extract: number; ingest: number }, cpu: RunCpu): string {
  if (typeof profile !== 'object' || profile === null) return '  (no profile: the ingest printed none)';
  const p = profile as IngestProfile;
  const lines = ['  ingest moments (since its process started):'];
  for (const [name, at] of Object.entries(p.marks).sort((a, b) => a[1] - b[1]))
    lines.push(`    ${s(at).padStart(9)}  ${name}`);
  const extracted = p.marks['every article extracted'];
  const lastWrite = p.batches.at(-1);
  if (extracted !== undefined && lastWrite !== undefined)
    lines.push(
      `    tail: the last batch's write ends ${s(lastWrite.endedAt - extracted)} after the last extraction (${lastWrite.articles} articles)`,
    );
  const written = p.batches.reduce((n, b) => n + (b.endedAt - b.startedAt), 0);
  lines.push(`  write steps (summed over ${p.batches.length} batches, ${s(written)} of writing in all):`);
  for (const [name, step] of Object.entries(p.steps).sort((a, b) => b[1].ms - a[1].ms))
    lines.push(`    ${s(step.ms).padStart(9)}  ${name} (${step.count}×)`);
  lines.push(
    `  batches: ${p.batches.map((b) => `${b.articles} at ${fmt(b.startedAt / 1000, 1)}–${fmt(b.endedAt / 1000, 1)} s`).join('; ')}`,
  );
  const neo = (x: number | null): string => (x === null ? 'not watched' : `${fmt(x, 1)} CPU-s`);
  lines.push(
    `  CPU: extract-only ${fmt(cpu.extract, 1)} CPU-s in ${fmt(wall.extract, 1)} s (Neo4j meanwhile ${neo(cpu.neo4jDuringExtract)}); ingest ${fmt(cpu.ingest, 1)} CPU-s (main thread ${p.cpu.mainThread === null ? '?' : fmt(p.cpu.mainThread, 1)}) + Neo4j ${neo(cpu.neo4jDuringIngest)} in ${fmt(wall.ingest, 1)} s`,
  );
  const busy = cpu.neo4jThreads.filter(([, x]) => x >= 0.05).sort((a, b) => b[1] - a[1]);
  if (busy.length > 0)
    lines.push(`  Neo4j's threads during the ingest: ${busy.map(([name, x]) => `${name} ${fmt(x, 1)}`).join(', ')}`);
  return lines.join('\n');
}

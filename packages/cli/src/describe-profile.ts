import type { IngestProfile } from '@newsgraph/ingest';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** `ingest --profile` on a terminal: the run's moments in order, then the steps by time spent, then each batch. */
export function describeProfile(profile: IngestProfile): string {
  const lines = ['profile (seconds since the process started):'];
  for (const [name, at] of Object.entries(profile.marks).sort((a, b) => a[1] - b[1]))
    lines.push(`  ${seconds(at).padStart(9)}  ${name}`);
  lines.push('steps (summed; writes overlap extraction):');
  for (const [name, step] of Object.entries(profile.steps).sort((a, b) => b[1].ms - a[1].ms))
    lines.push(`  ${seconds(step.ms).padStart(9)}  ${name} (${step.count}×)`);
  lines.push('batches:');
  for (const b of profile.batches)
    lines.push(`  ${b.articles} articles written ${seconds(b.startedAt)} → ${seconds(b.endedAt)}`);
  const main = profile.cpu.mainThread === null ? '' : `, main thread ${profile.cpu.mainThread.toFixed(1)} s`;
  lines.push(`CPU: process ${profile.cpu.process.toFixed(1)} s${main}`);
  return `${lines.join('\n')}\n`;
}

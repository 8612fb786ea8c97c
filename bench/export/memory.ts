import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';

// Downloads the whole graph as GraphML and GEXF through a running API while sampling the server process's resident
// memory (Linux /proc), to show whether an export's memory stays flat as the graph grows.
const { values } = parseArgs({
  options: {
    url: { type: 'string', default: process.env['BENCH_API_URL'] ?? 'http://127.0.0.1:3000' },
    pid: { type: 'string' },
    formats: { type: 'string', default: 'graphml,gexf,gexf' },
    every: { type: 'string', default: '100' },
  },
});
if (!values.pid) throw new Error('--pid <the API server process id> is required (its memory is what is measured)');
const pid = Number(values.pid);
const baseUrl = values.url.replace(/\/$/, '');

/** The process's resident set in MiB, from /proc/<pid>/status. */
function rssMiB(): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) / 1024;
}

interface Sample {
  ms: number;
  bytes: number;
  rss: number;
}

async function exportOnce(format: string): Promise<string> {
  const before = rssMiB();
  const samples: Sample[] = [];
  const started = Date.now();
  let bytes = 0;
  let firstByte = 0;
  const timer = setInterval(
    () => samples.push({ ms: Date.now() - started, bytes, rss: rssMiB() }),
    Number(values.every),
  );
  try {
    const response = await fetch(`${baseUrl}/api/export?format=${format}`);
    if (!response.ok || !response.body) throw new Error(`GET /api/export?format=${format}: ${response.status}`);
    for await (const chunk of response.body) {
      if (bytes === 0) firstByte = Date.now() - started;
      bytes += (chunk as Uint8Array).byteLength;
    }
  } finally {
    clearInterval(timer);
  }
  const ms = Date.now() - started;
  const after = rssMiB();
  const peak = Math.max(before, after, ...samples.map((s) => s.rss));
  const tenths = Array.from({ length: 10 }, (_, i) => {
    const slice = samples.filter((s) => s.ms >= (ms * i) / 10 && s.ms < (ms * (i + 1)) / 10);
    return slice.length ? Math.round(Math.max(...slice.map((s) => s.rss))) : '–';
  });
  const load = loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ');
  return (
    `| ${format} | ${(bytes / 2 ** 20).toFixed(1)} MiB | ${(ms / 1000).toFixed(1)} s (first byte ${(firstByte / 1000).toFixed(1)} s) | ` +
    `${Math.round(before)} | ${Math.round(peak)} (+${Math.round(peak - before)}) | ${Math.round(after)} | ${tenths.join(' ')} | ${load} |`
  );
}

async function main(): Promise<void> {
  const stats: unknown = await (await fetch(`${baseUrl}/api/stats`)).json();
  process.stderr.write(`graph: ${JSON.stringify(stats)}\n`);
  const rows = [
    '| format | size | time | RSS before (MiB) | RSS peak | RSS after | peak RSS by tenth of the download | load avg 1/5/15 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const format of values.formats.split(',')) {
    const row = await exportOnce(format);
    process.stderr.write(`${row}\n`);
    rows.push(row);
  }
  process.stdout.write(`${rows.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:export-memory: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

// POST /api/articles latency: the demo seed articles posted one at a time over HTTP to a real server (token, body
// parsing, extraction on a warmed worker thread, one write transaction), then posted again (stored, unchanged).
// Usage: pnpm run -s bench:post-articles [--rounds N] [--threads N]
// Needs a running Neo4j: NEO4J_URI, or `pnpm run -s newsgraph neo4j start` first. It empties that graph.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createApp, createArticleIngester, listen } from '@newsgraph/api';
import { GraphStore } from '@newsgraph/graph-store';
import { ArticleInputSchema } from '@newsgraph/schema';
import pino from 'pino';

const ROOT = resolve(__dirname, '..', '..');
const arg = (name: string, fallback: string): number => {
  const i = process.argv.indexOf(`--${name}`);
  return Number(i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback);
};
const uri = process.env['NEO4J_URI'] ?? `bolt://127.0.0.1:${process.env['NEO4J_BOLT_PORT'] ?? '7687'}`;
const TOKEN = 'bench-token-0123456789abcdef';

const quantile = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;

function summary(label: string, ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const mean = ms.reduce((a, b) => a + b, 0) / ms.length;
  return `${label}: n=${ms.length} p50=${quantile(sorted, 0.5).toFixed(0)} ms p90=${quantile(sorted, 0.9).toFixed(0)} ms max=${(sorted.at(-1) ?? 0).toFixed(0)} ms mean=${mean.toFixed(0)} ms`;
}

async function main(): Promise<void> {
  const rounds = Math.max(1, arg('rounds', '1'));
  const threads = Math.max(1, arg('threads', '1'));
  // The seed lines carry an `id` the API does not take (an article's id is the hash of its text).
  const seeds = readFileSync(join(ROOT, 'seeds', 'whitehouse-demo.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.stringify(ArticleInputSchema.parse(JSON.parse(line))));
  const store = await GraphStore.connect({ uri });
  await store.ensureSchema();
  await store.clear();
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const ingester = createArticleIngester({
    store,
    overridesPath: join(dir, 'overrides.json'),
    threads,
    maxArticleChars: 200_000,
  });
  const warmStarted = Date.now();
  await ingester.warm();
  const warmMs = Date.now() - warmStarted;
  const app = createApp({
    store,
    logger: pino({ level: 'silent' }),
    apiToken: TOKEN,
    ingester,
    // The bench measures the work of a write, not the limiter: its posts would exceed the default 30 a minute.
    rateLimits: { writesPerMinute: 0, cypherPerMinute: 0 },
  });
  const server = await listen(app, 0, '127.0.0.1');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = async (body: string): Promise<[number, number]> => {
    const started = process.hrtime.bigint();
    const response = await fetch(`${base}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body,
    });
    await response.arrayBuffer();
    return [response.status, Number(process.hrtime.bigint() - started) / 1e6];
  };
  const fresh: number[] = [];
  const again: number[] = [];
  const statuses = new Map<number, number>();
  try {
    for (let round = 0; round < rounds; round += 1) {
      if (round > 0) await store.clear();
      for (const [into, bodies] of [
        [fresh, seeds],
        [again, seeds],
      ] as const) {
        for (const body of bodies) {
          const [status, ms] = await post(body);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          into.push(ms);
        }
      }
    }
  } finally {
    server.closeAllConnections();
    server.close();
    await ingester.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const chars = seeds.map((line) => (JSON.parse(line) as { text: string }).text.length);
  process.stdout.write(
    [
      `seed articles: ${seeds.length}, ${Math.min(...chars)}–${Math.max(...chars)} characters; rounds ${rounds}; extraction threads ${threads}`,
      `warming the extraction threads: ${warmMs} ms`,
      summary('new article (201)', fresh),
      summary('same article again (200, unchanged)', again),
      `statuses: ${JSON.stringify(Object.fromEntries(statuses))}`,
      `load average (1/5/15 min) at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')}`,
      '',
    ].join('\n'),
  );
}

void main();

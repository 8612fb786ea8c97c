// Ingest benchmark: end-to-end vs extract-only throughput, batched vs naive writes, graph size and memory.
// Usage: pnpm run -s bench:ingest [--corpus FILE] [--limit N | --full] [--rounds N] [--write-sample N] [--batch-size N] [--workers N]
// --rounds N alternates extract-only and ingest on N consecutive slices; 1 (the default) runs each once on everything,
// which is what shows one ingest process's memory over the whole corpus.
// Short runs: pnpm run -s bench:ingest --limit 400 [--fresh | --cold] [--repeat N] [--bolt-port P] times, N times,
// extract-only, ingest into an empty graph and ingest of the same file again (all unchanged), and prints medians
// with their spread; --fresh starts a new Neo4j on P for each run and warms it up as `neo4j start` does, --cold
// starts one without warming it, neither uses the running Neo4j (emptied before each run); --owned starts none, so
// each ingest starts its own Neo4j (on P, in a new data dir) and warms it while it extracts: start-up inside its time. --profile prints, for
// each run, where ingest's time went (`ingest --profile`) and the CPU used by each command and by Neo4j meanwhile.
// Needs a running Neo4j unless --fresh or --cold: NEO4J_URI, or `pnpm run -s newsgraph neo4j start` first. It empties that graph.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GraphStore } from '@newsgraph/graph-store';
import neo4j from 'neo4j-driver';
import { prepareArticle } from '@newsgraph/ingest';
import { OverridesSchema } from '@newsgraph/schema';
import { fmt, loadAverage, takeLines, timed } from './cli-timing';
import { rowCount, writeNaively } from './naive-writer';
import { shortRuns } from './short-runs';

const ROOT = resolve(__dirname, '..', '..');
const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? String(process.argv[i + 1]) : fallback;
};
const corpus = resolve(ROOT, arg('corpus', '../shared/corpus/whitehouse-all.jsonl.gz'));
const limit = Number(arg('limit', '1000'));
const writeSample = Number(arg('write-sample', '200'));
const batchSize = Number(arg('batch-size', '200'));
const workers = arg('workers', '2');
const rounds = Math.max(1, Number(arg('rounds', '1')));
const uri = process.env['NEO4J_URI'] ?? `bolt://127.0.0.1:${process.env['NEO4J_BOLT_PORT'] ?? '7687'}`;
const has = (flag: string): boolean => process.argv.includes(`--${flag}`);

const quartiles = (xs: number[]): string => {
  if (xs.length === 0) return 'n/a';
  const at = (q: number): number => xs[Math.min(xs.length - 1, Math.floor(q * (xs.length - 1)))] ?? 0;
  return [0.1, 0.25, 0.5, 0.75, 1].map((q) => fmt(at(q))).join(' / ');
};

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const lines = has('full') ? await takeLines(corpus, Number.MAX_SAFE_INTEGER) : await takeLines(corpus, limit);
  const chars = lines.reduce((n, l) => n + ((JSON.parse(l) as { text?: string }).text ?? '').length, 0);
  console.log(
    `corpus: ${lines.length} articles, ${fmt(chars / 1e6, 1)} M chars; workers: ${workers}; load average ${loadAverage()}`,
  );
  if (has('repeat') || has('fresh') || has('cold') || has('owned')) {
    const database =
      has('fresh') || has('cold') || has('owned')
        ? {
            kind: has('owned') ? ('owned' as const) : has('cold') ? ('cold' as const) : ('fresh' as const),
            boltPort: Number(arg('bolt-port', process.env['NEO4J_BOLT_PORT'] ?? '7687')),
            heapMb: Number(process.env['NEO4J_HEAP_MB'] ?? 1024),
            pageCacheMb: Number(process.env['NEO4J_PAGECACHE_MB'] ?? 512),
          }
        : { kind: 'running' as const, uri };
    await shortRuns({
      lines,
      dir,
      workers,
      repeat: Math.max(1, Number(arg('repeat', '1'))),
      database,
      profile: has('profile'),
    });
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  console.log(`Neo4j: ${uri}`);

  const store = await GraphStore.connect({ uri });
  await store.ensureSchema();
  await store.clear();

  // Rounds alternate the two commands on consecutive slices (the graph keeps growing), so a slow spell of this
  // shared machine weighs on both sides instead of on whichever command happened to be running.
  const slices = Array.from({ length: rounds }, (_, r) =>
    lines.slice(Math.floor((r * lines.length) / rounds), Math.floor(((r + 1) * lines.length) / rounds)),
  );
  let extractSeconds = 0;
  let ingestSeconds = 0;
  let added = 0;
  let failed = 0;
  const rssMb: number[] = [];
  for (const [r, slice] of slices.entries()) {
    const file = join(dir, `round-${r}.jsonl`);
    writeFileSync(file, `${slice.join('\n')}\n`);
    const extractOnly = await timed(['extract', '--jsonl'], { uri, workers, stdinFile: file, discardStdout: true });
    const ingest = await timed(['ingest', '--json', file], { uri, workers });
    const summary = JSON.parse(ingest.stdout) as { new: number; failed: unknown[] };
    extractSeconds += extractOnly.seconds;
    ingestSeconds += ingest.seconds;
    added += summary.new;
    failed += summary.failed.length;
    rssMb.push(...ingest.rssMb);
    if (rounds > 1)
      console.log(
        `round ${r + 1}/${rounds}: ${slice.length} articles, extract ${fmt(extractOnly.seconds, 1)} s, ingest ${fmt(ingest.seconds, 1)} s (${fmt((extractOnly.seconds / ingest.seconds) * 100)}%)`,
      );
  }
  console.log(
    `extract --jsonl:  ${fmt(extractSeconds, 1)} s  ${fmt(lines.length / extractSeconds, 1)} articles/s  ${fmt(chars / extractSeconds)} chars/s`,
  );
  console.log(
    `ingest (e2e):     ${fmt(ingestSeconds, 1)} s  ${fmt(lines.length / ingestSeconds, 1)} articles/s  ${fmt(chars / ingestSeconds)} chars/s  (${added} new, ${failed} failed)`,
  );
  console.log(`end-to-end / extract-only: ${fmt((extractSeconds / ingestSeconds) * 100)}%`);
  console.log(
    `ingest RSS MB (p10 / p25 / median / p75 / max over ${rssMb.length} samples): ${quartiles([...rssMb].sort((a, b) => a - b))}`,
  );
  console.log(
    `ingest RSS MB by time (each tenth${rounds > 1 ? `, ${rounds} processes` : ''}): ${Array.from({ length: 10 }, (_, i) => fmt(rssMb[Math.floor((i / 10) * rssMb.length)] ?? 0)).join(' ')}`,
  );
  const stats = await store.stats();
  const entities = Object.values(stats.entities).reduce((a, b) => a + b, 0);
  const relations = Object.values(stats.relations).reduce((a, b) => a + b, 0);
  console.log(
    `graph: ${stats.articles} articles, ${entities} entities, ${relations} relations, ${stats.mentions} mentions, ${stats.quotes} quotes`,
  );

  const context = { overrides: OverridesSchema.parse({}), version: 'bench' };
  const sample = lines.slice(0, writeSample).map((l) => {
    const raw = JSON.parse(l) as { text: string; title?: string };
    return prepareArticle({ text: `${raw.text}\n[write bench]`, ...(raw.title ? { title: raw.title } : {}) }, context);
  });
  const rows = rowCount(sample);
  await store.clear();
  let t = Date.now();
  for (let i = 0; i < sample.length; i += batchSize) await store.writeArticles(sample.slice(i, i + batchSize));
  const batchedSeconds = (Date.now() - t) / 1000;
  await store.clear();
  const driver = neo4j.driver(uri);
  t = Date.now();
  await writeNaively(driver, sample);
  const naiveSeconds = (Date.now() - t) / 1000;
  await driver.close();
  await store.clear();
  console.log(
    `writes, ${sample.length} articles = ${rows} rows: batched ${fmt(rows / batchedSeconds)} rows/s (${fmt(batchedSeconds, 2)} s), naive ${fmt(rows / naiveSeconds)} rows/s (${fmt(naiveSeconds, 2)} s), ×${fmt(naiveSeconds / batchedSeconds, 1)}`,
  );
  await store.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

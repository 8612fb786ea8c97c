// Writes alone: the same articles, extracted once (cached), written in batches to a freshly started and warmed-up
// Neo4j with nothing else running in this process; each step's wall time and Neo4j's CPU by thread.
// Usage: pnpm run -s bench:ingest-writes [--limit 400] [--batch-size 200] [--passes N] [--bolt-port P] [--cache FILE]
// Pass 2 and later clear the graph and write the same articles again on the same JVM: the cost of a warm one. It
// also prints the JVM's class loading and compilations (jcmd PerfCounter.print) and the plans Neo4j threw away.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GraphStore, type ArticleToWrite } from '@newsgraph/graph-store';
import { loadPrepareContext, prepareArticle, readSource } from '@newsgraph/ingest';
import { startNeo4j } from '@newsgraph/neo4j-embedded';
import { cpuByThread, cpuSeconds, fmt, loadAverage, takeLines } from './cli-timing';

const ROOT = resolve(__dirname, '..', '..');
const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? String(process.argv[i + 1]) : fallback;
};
const limit = Number(arg('limit', '400'));
const batchSize = Number(arg('batch-size', '200'));
const passes = Number(arg('passes', '1'));
const boltPort = Number(arg('bolt-port', '7847'));
const cache = arg('cache', join(tmpdir(), `newsgraph-write-profile-${limit}.json`));
const corpus = resolve(ROOT, arg('corpus', '../shared/corpus/whitehouse-all.jsonl.gz'));

async function prepared(): Promise<ArticleToWrite[]> {
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as ArticleToWrite[];
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-wp-'));
  const file = join(dir, 'a.jsonl');
  writeFileSync(file, `${(await takeLines(corpus, limit)).join('\n')}\n`);
  const context = loadPrepareContext(join(dir, 'none.json'), false);
  const items: ArticleToWrite[] = [];
  const seen = new Set<string>();
  for await (const read of readSource(file)) {
    if (!read.ok) continue;
    const item = prepareArticle(read.article, context);
    if (seen.has(item.article.id)) continue;
    seen.add(item.article.id);
    items.push(item);
  }
  writeFileSync(cache, JSON.stringify(items));
  rmSync(dir, { recursive: true, force: true });
  return items;
}

/** The JVM's own counters: class loading, JIT and interpreter-related times in seconds, classes loaded. */
function jvmCounters(pid: number): Record<string, number> {
  try {
    const out = execFileSync('jcmd', [String(pid), 'PerfCounter.print'], { encoding: 'utf8' });
    const get = (name: string): number =>
      Number(new RegExp(`^${name.replace(/\./g, '\\.')}=(\\d+)`, 'm').exec(out)?.[1] ?? 0);
    const hz = get('sun.os.hrt.frequency') || 1e9;
    return {
      classLoadS: get('sun.cls.time') / hz,
      classInitS: get('sun.cls.classInitTime') / hz,
      classVerifyS: get('sun.cls.classVerifyTime') / hz,
      classes: get('java.cls.loadedClasses') + get('java.cls.sharedLoadedClasses'),
      jitMethods: get('sun.ci.totalCompiles'),
      safepointS: get('sun.rt.safepointTime') / hz,
    };
  } catch {
    return {};
  }
}

/** Query plans Neo4j threw away as stale so far (its debug.log says so each time). */
function replans(dataDir: string): number {
  try {
    return readFileSync(join(dataDir, 'logs', 'debug.log'), 'utf8').split('Discarded stale query').length - 1;
  } catch {
    return -1;
  }
}

async function main(): Promise<void> {
  const items = await prepared();
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-wp-neo4j-'));
  const running = await startNeo4j({ dataDir, boltPort, heapMb: 1024, pageCacheMb: 512, startTimeoutMs: 600_000 });
  const store = await GraphStore.connect({ uri: running.uri });
  try {
    const up = cpuSeconds(running.pid);
    await store.ensureSchema();
    const w = performance.now();
    await store.warmUp();
    console.log(
      `JVM start ${fmt(up, 1)} CPU-s; warm-up ${fmt((performance.now() - w) / 1000, 1)} s, schema + warm-up ${fmt(cpuSeconds(running.pid) - up, 1)} CPU-s`,
    );
    console.log(`${items.length} articles in batches of ${batchSize}; load average ${loadAverage()}`);
    for (let pass = 1; pass <= passes; pass++) {
      if (pass > 1) await store.clear();
      console.log(`pass ${pass}`);
      const steps = new Map<string, { ms: number; cpu: number }>();
      let cpuMark = cpuSeconds(running.pid);
      const onStep = (step: string, ms: number): void => {
        const now = cpuSeconds(running.pid);
        const entry = steps.get(step) ?? { ms: 0, cpu: 0 };
        entry.ms += ms;
        entry.cpu += now - cpuMark;
        cpuMark = now;
        steps.set(step, entry);
      };
      const before = cpuByThread(running.pid);
      const processBefore = cpuSeconds(running.pid);
      const jvmBefore = jvmCounters(running.pid);
      const replansBefore = replans(dataDir);
      const started = performance.now();
      for (let i = 0; i < items.length; i += batchSize) {
        const t = performance.now();
        cpuMark = cpuSeconds(running.pid);
        await store.writeArticles(items.slice(i, i + batchSize), { onStep });
        console.log(`batch ${i / batchSize + 1}: ${fmt((performance.now() - t) / 1000, 2)} s`);
      }
      const wall = (performance.now() - started) / 1000;
      const after = cpuByThread(running.pid);
      for (const [name, x] of [...steps].sort((a, b) => b[1].ms - a[1].ms))
        console.log(`  ${fmt(x.ms / 1000, 2).padStart(6)} s  ${fmt(x.cpu, 2).padStart(6)} CPU-s  ${name}`);
      const threads = [...after].map(([n, x]) => [n, x - (before.get(n) ?? 0)] as const).filter(([, x]) => x >= 0.05);
      console.log(
        `all batches ${fmt(wall, 2)} s; Neo4j ${fmt(cpuSeconds(running.pid) - processBefore, 1)} CPU-s: ${threads
          .sort((a, b) => b[1] - a[1])
          .map(([n, x]) => `${n} ${fmt(x, 1)}`)
          .join(', ')}; load average ${loadAverage()}`,
      );
      const jvmAfter = jvmCounters(running.pid);
      console.log(
        `plans discarded as stale during the writes: ${replans(dataDir) - replansBefore} (${replans(dataDir)} since the start)`,
      );
      console.log(
        `JVM during the writes: ${Object.entries(jvmAfter)
          .map(([k, v]) => `${k} +${fmt(v - (jvmBefore[k] ?? 0), 2)}`)
          .join(', ')}`,
      );
      const stats = await store.stats();
      console.log(JSON.stringify(stats));
    }
  } finally {
    await store.close();
    await running.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

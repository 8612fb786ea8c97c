import { forceAtlasPositions, LAYOUT_CAP, LAYOUT_LINK_CAP, writeGexf } from '@newsgraph/export';
import type { ExportItem } from '@newsgraph/schema';
import { loadavg } from 'node:os';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// The GEXF export without Neo4j or HTTP, on made-up graphs of growing size: the layout over the capped topology, then
// every entity and relation streamed into a reader that drains slowly. The live heap (measured after a forced full
// garbage collection every half second) shows whether the export's memory depends on the size of the graph.
const { values } = parseArgs({
  options: {
    entities: { type: 'string', default: '20000,200000' },
    'relations-per-entity': { type: 'string', default: '0.16' },
  },
});
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const MiB = 2 ** 20;

/** Entities, then relations among them, as the store streams them (nodes first). */
async function* madeUpGraph(entities: number, relations: number): AsyncGenerator<ExportItem> {
  for (const item of madeUpItems(entities, relations)) yield await Promise.resolve(item);
}

function* madeUpItems(entities: number, relations: number): Generator<ExportItem> {
  for (let i = 0; i < entities; i += 1) {
    yield {
      kind: 'node',
      node: {
        id: `person:p${i}`,
        name: `Person Number ${i}`,
        type: 'Person',
        aliases: [`P${i}`],
        mentionCount: 1 + (i % 50),
        articleCount: 1 + (i % 7),
        firstSeen: '2024-01-10',
        lastSeen: '2024-03-05',
      },
    };
  }
  for (let i = 0; i < relations; i += 1) {
    const source = `person:p${(i * 7919) % entities}`;
    const target = `person:p${(i * 104729 + 1) % entities}`;
    yield {
      kind: 'edge',
      edge: {
        id: `${source}|MET_WITH|${target}`,
        source,
        target,
        predicate: 'MET_WITH',
        confidence: 0.8,
        sentenceCount: 2,
        articleCount: 1,
        firstSeen: '2024-01-10',
        lastSeen: '2024-03-05',
      },
    };
  }
}

/** The links among the best-connected entities, as many as the store would hand the layout at most. */
async function* cappedTopology(entities: number): AsyncGenerator<[string, string]> {
  const laidOut = Math.min(entities, LAYOUT_CAP);
  for (let i = 0; i < LAYOUT_LINK_CAP; i += 1) {
    yield await Promise.resolve([`person:p${(i * 7919) % laidOut}`, `person:p${(i * 104729 + 1) % laidOut}`]);
  }
}

/** A reader that takes each chunk on the next turn of the event loop, so the writer meets back-pressure. */
function slowReader(): { out: Writable; bytes: () => number } {
  let bytes = 0;
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      setImmediate(done);
    },
  });
  return { out, bytes: () => bytes };
}

async function measure(entities: number): Promise<string> {
  const relations = Math.round(entities * Number(values['relations-per-entity']));
  gc();
  const before = process.memoryUsage();
  const live: number[] = [];
  let peakHeap = before.heapUsed;
  let peakRss = before.rss;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakHeap = Math.max(peakHeap, now.heapUsed);
    peakRss = Math.max(peakRss, now.rss);
  }, 50);
  const collector = setInterval(() => {
    gc();
    live.push(process.memoryUsage().heapUsed);
  }, 500);
  const started = Date.now();
  const { out, bytes } = slowReader();
  try {
    const positions = await forceAtlasPositions({ edges: cappedTopology(entities) });
    gc();
    live.push(process.memoryUsage().heapUsed);
    await writeGexf(madeUpGraph(entities, relations), out, positions);
  } finally {
    clearInterval(sampler);
    clearInterval(collector);
  }
  const seconds = (Date.now() - started) / 1000;
  const load = loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ');
  const mib = (n: number): string => (n / MiB).toFixed(1);
  return (
    `| ${entities.toLocaleString('en')} | ${relations.toLocaleString('en')} | ${mib(bytes())} MiB | ${seconds.toFixed(1)} s | ` +
    `${mib(before.heapUsed)} | ${mib(Math.max(...live))} (+${mib(Math.max(...live) - before.heapUsed)}) | ` +
    `${mib(peakHeap)} | ${mib(peakRss - before.rss)} | ${live.length} | ${load} |`
  );
}

async function main(): Promise<void> {
  const rows = [
    '| entities | relations | GEXF | time | live heap before (MiB) | live heap, highest after a full GC | heap peak | RSS growth | GCs sampled | load avg 1/5/15 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const entities of values.entities.split(',').map(Number)) {
    const row = await measure(entities);
    process.stderr.write(`${row}\n`);
    rows.push(row);
  }
  process.stdout.write(`${rows.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:export-heap: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

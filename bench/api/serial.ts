import { loadavg } from 'node:os';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { createApp, listen } from '@newsgraph/api';
import { DEFAULT_MIRROR, GraphStore } from '@newsgraph/graph-store';
import pino from 'pino';
import { z } from 'zod';

// One request at a time, each the first of its kind (read cache off), through two in-process servers on the same
// Neo4j: one answering from Neo4j alone, one with the in-memory mirror; requests alternate between them, so both see
// the same machine. Latency without queueing: what a request costs, where bench:api-load also measures the wait.
const { values } = parseArgs({
  options: {
    neo4j: { type: 'string', default: process.env['NEO4J_URI'] ?? 'bolt://127.0.0.1:7687' },
    samples: { type: 'string', default: '60' },
  },
});

const Rows = z.array(z.tuple([z.string(), z.string()]));

async function serve(store: GraphStore): Promise<{ base: string; close: () => void }> {
  const server = await listen(createApp({ store, logger: pino({ level: 'silent' }) }), 0, '127.0.0.1');
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number): string =>
    (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0).toFixed(1);
  return `p50 ${at(0.5)} p90 ${at(0.9)} p99 ${at(0.99)} max ${at(1)} ms (${sorted.length})`;
}

async function main(): Promise<void> {
  const uri = values.neo4j;
  const plain = await GraphStore.connect({ uri });
  const mirrored = await GraphStore.connect({ uri, mirror: DEFAULT_MIRROR });
  const reading = performance.now();
  await mirrored.readMirror();
  process.stderr.write(`graph read into memory in ${((performance.now() - reading) / 1000).toFixed(1)} s\n`);
  const count = Number(values.samples);
  const top = await plain.cypher({
    query: 'MATCH (e:Entity) RETURN e.id, e.name ORDER BY e.mentionCount DESC, e.id LIMIT toInteger($n)',
    params: { n: 3 * count },
  });
  const entities = Rows.parse(top.rows);
  const q = encodeURIComponent;
  // Search terms from beyond the hubs (whose searches a warm-up may have run), some cut short as typed.
  const terms = [
    ...new Set(entities.slice(count).map(([, name], i) => (name.split(/\s+/)[0] ?? name).slice(0, i % 3 ? 99 : 4))),
  ];
  const routes: Record<string, string[]> = {
    search: terms.slice(0, count).map((t) => `/api/entities?q=${q(t)}&limit=20`),
    'depth-2 neighbourhood': entities.slice(0, count).map(([id]) => `/api/graph?focus=${q(id)}&depth=2`),
    'entity details': entities.slice(0, count).map(([id]) => `/api/entities/${q(id)}`),
    paths: entities
      .slice(0, count)
      .map(([id], i) => `/api/paths?from=${q(id)}&to=${q(entities[(i * 7 + 3) % count]?.[0] ?? id)}&maxLength=4&k=3`),
  };
  const servers = { neo4j: await serve(plain), mirror: await serve(mirrored) };
  for (const [route, paths] of Object.entries(routes)) {
    const times: Record<string, number[]> = { neo4j: [], mirror: [] };
    for (const [i, path] of paths.entries()) {
      // alternate which goes first, so neither always finds the other's pages freshly loaded
      const order = i % 2 ? (['neo4j', 'mirror'] as const) : (['mirror', 'neo4j'] as const);
      for (const mode of order) {
        const started = performance.now();
        const response = await fetch(`${servers[mode].base}${path}`);
        await response.arrayBuffer();
        times[mode]?.push(performance.now() - started);
      }
    }
    const load = loadavg()
      .map((n) => n.toFixed(1))
      .join(' ');
    for (const mode of ['neo4j', 'mirror'] as const)
      process.stdout.write(`${route.padEnd(22)} ${mode.padEnd(6)} ${summary(times[mode] ?? [])}; load ${load}\n`);
  }
  servers.neo4j.close();
  servers.mirror.close();
  await Promise.all([plain.close(), mirrored.close()]);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:api-serial: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

/**
 * `pnpm run -s bench:viewer-layout`: the server's layout of large views (`POST /api/layout`'s work, without HTTP) on
 * the synthetic views of bench:viewer-render, 1k to 15k elements: wall time of each run (median of `--runs`), whether
 * two runs and a shuffled copy of the view agree exactly, and how tight the picture is (mean link length over the mean
 * distance of random pairs of entities: lower draws clusters tighter; 1 is no better than scattering them).
 * Options: --sizes 5000,10000,15000 --runs 3.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { layOutView } from '@newsgraph/api';
import type { ViewLayout, ViewLayoutRequest } from '@newsgraph/schema';
import { syntheticView } from './synthetic-view';

const load1 = (): number => Number((loadavg()[0] ?? 0).toFixed(2));

/** The layout request the viewer sends for a view: ids once, relations as pairs of indexes. */
function request(nodes: string[], edges: [string, string][]): ViewLayoutRequest {
  const index = new Map(nodes.map((id, i) => [id, i]));
  return { nodes, edges: edges.map(([s, t]) => [index.get(s) ?? 0, index.get(t) ?? 0]) };
}

/** A fixed shuffle (seeded), so the order-independence check is the same every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function tightness(layout: ViewLayout, edges: [string, string][]): number {
  const at = (id: string): [number, number] => layout.positions[id] ?? [0, 0];
  const length = ([s, t]: [string, string]): number => Math.hypot(at(s)[0] - at(t)[0], at(s)[1] - at(t)[1]);
  const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  const ids = Object.keys(layout.positions);
  const pairs = Array.from({ length: 5000 }, (_, i): [string, string] => [
    ids[(i * 7919) % ids.length] ?? '',
    ids[(i * 104_729 + 13) % ids.length] ?? '',
  ]);
  return mean(edges.map(length)) / mean(pairs.map(length));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { sizes: { type: 'string', default: '1000,5000,10000,15000' }, runs: { type: 'string', default: '3' } },
  });
  const runs = Number(values.runs);
  for (const elements of values.sizes.split(',').map(Number)) {
    const nodes = Math.round(elements / 3);
    const view = syntheticView(nodes, elements - nodes);
    const ids = view.graph.nodes.map((node) => node.data.id);
    const edges = view.graph.edges.map((edge): [string, string] => [edge.data.source, edge.data.target]);
    const times: number[] = [];
    const before = load1();
    let first: ViewLayout | undefined;
    let same = true;
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      const layout = await layOutView(request(ids, edges));
      times.push(performance.now() - started);
      if (first) same &&= JSON.stringify(layout) === JSON.stringify(first);
      else first = layout;
    }
    const mixed = await layOutView(
      request(
        shuffled(ids, 7),
        shuffled(edges, 11).map(([s, t], i): [string, string] => (i % 2 === 0 ? [t, s] : [s, t])),
      ),
    );
    const sameShuffled = ids.every(
      (id) => JSON.stringify(mixed.positions[id]) === JSON.stringify(first?.positions[id]),
    );
    times.sort((a, b) => a - b);
    const median = Math.round(times[Math.floor(times.length / 2)] ?? 0);
    console.log(
      `${elements.toLocaleString('en')} elements (${nodes} nodes, ${elements - nodes} edges): ` +
        `${first?.iterations ?? 0} passes, median ${median.toLocaleString('en')} ms of ${runs} ` +
        `(${times.map((t) => Math.round(t)).join(', ')}), same every run: ${same}, same shuffled: ${sameShuffled}, ` +
        `tightness ${first ? tightness(first, edges).toFixed(3) : '?'} · load ${before}→${load1()}`,
    );
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

import autocannon from 'autocannon';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { pacedRun, type RunTimes } from './paced';
import { drawSamples } from './samples';
import { scenarios, type Scenario } from './scenarios';

// Load test of the API's hot routes at fixed request rates against a running server; prints p50/p99 per route and
// rate with the machine's load average, since on a shared machine the figures are upper bounds. Percentiles count
// every request once; autocannon's own p99 (`ac p99`) is kept beside them: its coordinated-omission correction, at a
// fixed rate, adds a made-up sample for every millisecond a response took, so a few slow answers fill its tail.
const { values } = parseArgs({
  options: {
    url: { type: 'string', default: process.env['BENCH_API_URL'] ?? 'http://127.0.0.1:3000' },
    rates: { type: 'string', default: '25,100' },
    duration: { type: 'string', default: '15' },
    connections: { type: 'string', default: '20' },
    samples: { type: 'string', default: '200' },
    // autocannon sends each second's share of every connection at once when the second starts; paced spreads them.
    engine: { type: 'string', default: 'autocannon' },
    only: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const baseUrl = values.url.replace(/\/$/, '');
const rates = values.rates.split(',').map(Number);
const duration = Number(values.duration);
const connections = Number(values.connections);
const engine = z.enum(['autocannon', 'paced']).parse(values.engine);

interface Figure {
  route: string;
  engine: string;
  rate: number;
  sent: number;
  /** The run's first request: a route's first use when the server was just started. */
  first: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** autocannon's p99, weighted by its coordinated-omission correction; absent for the paced engine. */
  acP99: number | undefined;
  non2xx: number;
  errors: number;
  achieved: number;
  target: number | undefined;
  load: [number, number, number];
}

/** The q-quantile of sorted values, as the value at rank ceil(q·n). */
const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;

async function autocannonRun(scenario: Scenario, rate: number): Promise<RunTimes & { acP99: number }> {
  let i = 0;
  const latencies: number[] = [];
  const options: autocannon.Options = {
    url: baseUrl,
    connections: Math.min(connections, rate),
    overallRate: rate,
    duration,
    requests: [
      {
        method: scenario.method,
        ...(scenario.method === 'POST' ? { headers: { 'content-type': 'application/json' } } : {}),
        setupRequest: (request) => {
          const { path, body } = scenario.request(i);
          i += 1;
          return { ...request, path, ...(body === undefined ? {} : { body }) };
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error: unknown, done: autocannon.Result) =>
      error ? reject(new Error('autocannon failed', { cause: error })) : resolve(done),
    );
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
      if (status >= 200 && status < 300) latencies.push(ms);
    });
  });
  return { latencies, non2xx: result.non2xx, errors: result.errors + result.timeouts, acP99: result.latency.p99 };
}

async function run(scenario: Scenario, rate: number): Promise<Figure> {
  const { acP99, ...times }: RunTimes & { acP99: number | undefined } =
    engine === 'paced'
      ? { ...(await pacedRun(baseUrl, scenario, rate, duration, connections)), acP99: undefined }
      : await autocannonRun(scenario, rate);
  const sorted = [...times.latencies].sort((a, b) => a - b);
  const ms = (n: number): number => Number(n.toFixed(1));
  const load = loadavg().map((n) => Number(n.toFixed(1))) as [number, number, number];
  const sent = times.latencies.length + times.non2xx + times.errors;
  return {
    route: scenario.name,
    engine,
    rate,
    sent,
    first: ms(times.latencies[0] ?? Number.NaN),
    p50: ms(quantile(sorted, 0.5)),
    p90: ms(quantile(sorted, 0.9)),
    p99: ms(quantile(sorted, 0.99)),
    max: ms(sorted.at(-1) ?? Number.NaN),
    acP99,
    non2xx: times.non2xx,
    errors: times.errors,
    achieved: Number((sent / duration).toFixed(1)),
    target: scenario.target,
    load,
  };
}

async function main(): Promise<void> {
  const samples = await drawSamples(baseUrl, Number(values.samples));
  const stats: unknown = await (await fetch(`${baseUrl}/api/stats`)).json();
  process.stderr.write(`graph: ${JSON.stringify(stats)}\n`);
  process.stderr.write(
    `samples: ${samples.entities.length} entities (top: ${samples.entities
      .slice(0, 5)
      .map((e) => e.name)
      .join(', ')}), ${samples.pairs.length} path pairs, ${samples.terms.length} search terms\n`,
  );
  const chosen = scenarios(samples).filter((s) => !values.only || s.name.includes(values.only));
  const figures: Figure[] = [];
  for (const scenario of chosen) {
    // A short warm-up at a low rate so the first figures do not pay for cold caches and JIT.
    await autocannon({ url: `${baseUrl}/health`, connections: 2, amount: 50 });
    for (const rate of rates) {
      const figure = await run(scenario, rate);
      figures.push(figure);
      process.stderr.write(`${describe(figure)}\n`);
    }
  }
  process.stdout.write(values.json ? `${JSON.stringify(figures)}\n` : `${table(figures)}\n`);
}

function describe(f: Figure): string {
  const verdict =
    f.target === undefined ? '' : f.p99 <= f.target ? ` (target ≤ ${f.target} met)` : ` (target ≤ ${f.target} MISSED)`;
  return (
    `${f.route} @ ${f.rate}/s (${f.engine}): first ${f.first} ms, p50 ${f.p50} ms, p99 ${f.p99} ms${verdict}, ` +
    `max ${f.max} ms${f.acP99 === undefined ? '' : `, ac p99 ${f.acP99} ms`}; ${f.sent} sent ` +
    `(${f.achieved}/s), ${f.non2xx} non-2xx, ${f.errors} errors; load ${f.load.join(' ')}`
  );
}

function table(figures: Figure[]): string {
  const head =
    '| route | engine | rate (req/s) | achieved | first ms | p50 ms | p90 ms | p99 ms | target p99 | max ms | ac p99 ms | non-2xx | errors | load avg 1/5/15 |';
  const rule = '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |';
  const rows = figures.map(
    (f) =>
      `| ${f.route} | ${f.engine} | ${f.rate} | ${f.achieved} | ${f.first} | ${f.p50} | ${f.p90} | ${f.p99} | ` +
      `${f.target === undefined ? '–' : `≤ ${f.target}`} | ${f.max} | ${f.acP99 ?? '–'} | ${f.non2xx} | ${f.errors} | ` +
      `${f.load.join(' / ')} |`,
  );
  return [head, rule, ...rows].join('\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:api-load: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

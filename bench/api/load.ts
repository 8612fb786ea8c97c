import autocannon from 'autocannon';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { drawSamples } from './samples';
import { scenarios, type Scenario } from './scenarios';

// Load test of the API's hot routes at fixed request rates against a running server; prints p50/p99 per route and
// rate with the machine's load average, since on a shared machine the figures are upper bounds.
const { values } = parseArgs({
  options: {
    url: { type: 'string', default: process.env['BENCH_API_URL'] ?? 'http://127.0.0.1:3000' },
    rates: { type: 'string', default: '25,100' },
    duration: { type: 'string', default: '15' },
    connections: { type: 'string', default: '20' },
    samples: { type: 'string', default: '200' },
    only: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const baseUrl = values.url.replace(/\/$/, '');
const rates = values.rates.split(',').map(Number);
const duration = Number(values.duration);
const connections = Number(values.connections);

interface Figure {
  route: string;
  rate: number;
  sent: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  achieved: number;
  target: number | undefined;
  load: [number, number, number];
}

async function run(scenario: Scenario, rate: number): Promise<Figure> {
  let i = 0;
  const result = await autocannon({
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
  });
  const load = loadavg().map((n) => Number(n.toFixed(1))) as [number, number, number];
  return {
    route: scenario.name,
    rate,
    sent: result.requests.total,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    achieved: Number((result.requests.total / duration).toFixed(1)),
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
    `${f.route} @ ${f.rate}/s: p50 ${f.p50} ms, p99 ${f.p99} ms${verdict}, max ${f.max} ms; ${f.sent} sent ` +
    `(${f.achieved}/s), ${f.non2xx} non-2xx, ${f.errors} errors; load ${f.load.join(' ')}`
  );
}

function table(figures: Figure[]): string {
  const head =
    '| route | rate (req/s) | achieved | p50 ms | p90 ms | p99 ms | target p99 | max ms | non-2xx | errors | load avg 1/5/15 |';
  const rule = '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |';
  const rows = figures.map(
    (f) =>
      `| ${f.route} | ${f.rate} | ${f.achieved} | ${f.p50} | ${f.p90} | ${f.p99} | ${f.target === undefined ? '–' : `≤ ${f.target}`} | ` +
      `${f.max} | ${f.non2xx} | ${f.errors} | ${f.load.join(' / ')} |`,
  );
  return [head, rule, ...rows].join('\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:api-load: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

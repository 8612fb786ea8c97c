import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { boltAnswers } from '@newsgraph/neo4j-embedded';
import { EntityListSchema, GraphElementsSchema, GraphStatsSchema, HealthSchema } from '@newsgraph/schema';
import { runCli, startCli } from './run-cli';

// its own port, so it never meets the suite's Neo4j; overridable where several checkouts test at once
const BOLT_PORT = Number(process.env['NEWSGRAPH_TEST_START_BOLT_PORT'] ?? 7694);
const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
/** The articles in seeds/, counted from the files themselves: each .txt is one, each .jsonl line one. */
const SEED_ARTICLES = readdirSync(SEEDS).reduce(
  (n, f) =>
    n +
    (f.endsWith('.txt') ? 1 : 0) +
    (f.endsWith('.jsonl') ? readFileSync(join(SEEDS, f), 'utf8').trim().split('\n').length : 0),
  0,
);

/** `pnpm start` as a user runs it: the embedded Neo4j (no NEO4J_URI), seeds ingested, API up. */
describe('newsgraph start on the embedded Neo4j', () => {
  let env: Record<string, string> = {};
  const children: import('node:child_process').ChildProcess[] = [];
  // each test has its own data directory, so any one runs alone
  beforeEach(() => {
    env = {
      NEO4J_URI: '',
      NEWSGRAPH_DATA_DIR: mkdtempSync(join(tmpdir(), 'newsgraph-start-')),
      NEO4J_BOLT_PORT: String(BOLT_PORT),
      PORT: '0',
      LOG_LEVEL: 'warn',
    };
  });
  afterEach(async () => {
    // A failed assertion must not leave an app or a JVM running.
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
    await runCli(['neo4j', 'stop'], env);
    rmSync(env['NEWSGRAPH_DATA_DIR'] ?? '', { recursive: true, force: true });
  });

  const startApp = async () => {
    const app = await startCli(['start'], env, /running at (http:\/\/\S+)/);
    children.push(app.child);
    const url = /running at (http:\/\/\S+)/.exec(app.stdout())?.[1] ?? '';
    return { ...app, url };
  };
  const stop = (child: import('node:child_process').ChildProcess) =>
    new Promise<number | null>((resolve) => {
      child.once('exit', (code) => resolve(code));
      child.kill('SIGTERM');
    });
  const stats = async () => {
    const result = await runCli(['stats', '--json'], env);
    expect(result.code).toBe(0);
    return GraphStatsSchema.parse(JSON.parse(result.stdout));
  };

  it('serves the sample graph, answers stats while running, stops everything, and restarts adding nothing', async () => {
    const first = await startApp();
    const health = HealthSchema.parse(await (await fetch(`${first.url}/health`)).json());
    expect(health).toEqual({ status: 'ok', neo4j: 'up' });

    const found = EntityListSchema.parse(await (await fetch(`${first.url}/api/entities?q=Xi`)).json());
    const xi = found.items.find((e) => e.name === 'Xi Jinping');
    expect(xi?.type).toBe('Person');
    const graph = GraphElementsSchema.parse(
      await (await fetch(`${first.url}/api/graph?focus=${encodeURIComponent(xi?.id ?? '')}`)).json(),
    );
    expect(graph.nodes.filter((n) => !n.data.focus).length).toBeGreaterThanOrEqual(2);
    expect((await fetch(`${first.url}/`)).headers.get('content-type')).toContain('text/html');

    const whileRunning = await stats();
    expect(SEED_ARTICLES).toBe(33);
    expect(whileRunning.articles).toBe(SEED_ARTICLES);

    expect(await stop(first.child)).toBe(0);
    expect(await boltAnswers(BOLT_PORT)).toBe(false);

    const second = await startApp();
    expect(await stats()).toEqual(whileRunning);
    expect(await stop(second.child)).toBe(0);
    expect(await boltAnswers(BOLT_PORT)).toBe(false);
  }, 300_000);

  it('keeps a background Neo4j with `neo4j start` until `neo4j stop`, and stats uses it', async () => {
    expect((await runCli(['neo4j', 'status'], env)).stdout).toContain('no Neo4j running');
    const started = await runCli(['neo4j', 'start'], env);
    expect(started.code).toBe(0);
    expect(started.stdout).toContain('running in the background');
    expect((await runCli(['neo4j', 'status'], env)).stdout).toContain('background Neo4j running');
    const ingested = await runCli(['ingest', '--json', SEEDS], env);
    expect(JSON.parse(ingested.stdout)).toMatchObject({ new: SEED_ARTICLES, failed: [] });
    expect((await stats()).articles).toBe(SEED_ARTICLES);
    expect(await boltAnswers(BOLT_PORT)).toBe(true);
    expect((await runCli(['neo4j', 'stop'], env)).stdout).toContain('stopped');
    expect(await boltAnswers(BOLT_PORT)).toBe(false);
  }, 300_000);

  it('ingest without a running Neo4j starts its own, extracts while it boots, stops it, and a re-run adds nothing', async () => {
    const first = await runCli(['ingest', '--json', '--profile', SEEDS], env);
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout) as {
      new: number;
      failed: unknown[];
      profile: { marks: Record<string, number> };
    };
    expect(summary).toMatchObject({ new: SEED_ARTICLES, failed: [] });
    const marks = summary.profile.marks;
    // extraction began before the Neo4j it started answered and had its schema
    expect(marks['extraction pool created']).toBeLessThan(marks['store ready'] ?? 0);
    expect(marks['store ready']).toBeLessThan(marks['every batch written'] ?? 0);
    expect(await boltAnswers(BOLT_PORT)).toBe(false);
    const before = await stats();
    expect(before.articles).toBe(SEED_ARTICLES);

    // its data dir now holds a graph, so the re-run waits for its Neo4j and skips every article before extracting it
    const again = await runCli(['ingest', '--json', '--profile', SEEDS], env);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({
      articles: SEED_ARTICLES,
      new: 0,
      updated: 0,
      unchanged: SEED_ARTICLES,
    });
    // nothing was extracted: no extraction thread was even started
    const profile = (JSON.parse(again.stdout) as { profile: { marks: Record<string, number> } }).profile;
    expect(profile.marks['extraction pool created']).toBeUndefined();
    expect(await stats()).toEqual(before);
  }, 300_000);
});

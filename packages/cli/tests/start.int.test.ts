import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphStore } from '@newsgraph/graph-store';
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
  const ingestSeeds = async () => {
    const result = await runCli(['ingest', '--json', '--profile', SEEDS], env);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as { profile: { marks: Record<string, number> } };
    return { summary: parsed, marks: parsed.profile.marks };
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

    // the Neo4j `stats` started listed the stored articles when it stopped, so the re-run skips every article
    // before extracting it without starting Neo4j at all
    const again = await ingestSeeds();
    expect(again.summary).toMatchObject({ articles: SEED_ARTICLES, new: 0, updated: 0, unchanged: SEED_ARTICLES });
    expect(again.marks['extraction pool created']).toBeUndefined();
    expect(again.marks['store ready']).toBeUndefined();
    expect(await stats()).toEqual(before);

    // an article taken out through a Neo4j that wrote no list (`neo4j start`, a write, `neo4j stop`): the list no
    // longer matches the files, so the next run asks the store and writes that article again
    expect((await runCli(['neo4j', 'start'], env)).code).toBe(0);
    const store = await GraphStore.connect({ uri: `bolt://127.0.0.1:${BOLT_PORT}` });
    const [taken] = await store.articleStamps();
    expect(await store.deleteArticles([taken?.id ?? ''])).toEqual([taken?.id]);
    await store.close();
    expect((await runCli(['neo4j', 'stop'], env)).code).toBe(0);
    const refill = await ingestSeeds();
    expect(refill.summary).toMatchObject({ new: 1, updated: 0, unchanged: SEED_ARTICLES - 1 });
    expect(refill.marks['store ready']).toBeDefined();
    expect(await boltAnswers(BOLT_PORT)).toBe(false);
    expect(await stats()).toEqual(before);
    // and that run, whose Neo4j stopped, listed the articles again
    const third = await ingestSeeds();
    expect(third.summary).toMatchObject({ new: 0, updated: 0, unchanged: SEED_ARTICLES });
    expect(third.marks['store ready']).toBeUndefined();
  }, 420_000);

  it('a damaged list of stored articles is ignored: the run asks the store instead', async () => {
    expect((await ingestSeeds()).summary).toMatchObject({ new: SEED_ARTICLES, failed: [] });
    const list = join(env['NEWSGRAPH_DATA_DIR'] ?? '', 'neo4j', 'stored-articles.json');
    expect(existsSync(list)).toBe(true);
    writeFileSync(list, '{"format":1,"fingerprint":');
    const again = await ingestSeeds();
    expect(again.summary).toMatchObject({ new: 0, updated: 0, unchanged: SEED_ARTICLES });
    expect(again.marks['store ready']).toBeDefined();
  }, 300_000);
});

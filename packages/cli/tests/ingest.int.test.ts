import { join } from 'node:path';
import { GraphStore } from '@newsgraph/graph-store';
import { GraphStatsSchema } from '@newsgraph/schema';
import { runCli } from './run-cli';

const FIXTURES = join(__dirname, '..', '..', 'ingest', 'tests', 'fixtures', 'articles');
// each test runs the real CLI several times; on a loaded machine one cold run alone can take most of a minute
jest.setTimeout(300_000);

describe('newsgraph ingest and stats against a real Neo4j', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await GraphStore.connect({ uri: process.env['NEO4J_URI'] ?? '' });
  });
  // Community has one database: the suite runs in band, and each test starts from a cleared graph
  beforeEach(() => store.clear());
  afterAll(() => store.close());

  const stats = async () => GraphStatsSchema.parse(JSON.parse((await runCli(['stats', '--json'])).stdout));

  it('ingests a directory, reports each bad input with its reason, and exits non-zero', async () => {
    const result = await runCli(['ingest', '--json', FIXTURES]);
    expect(result.code).toBe(1);
    const summary = JSON.parse(result.stdout) as {
      articles: number;
      new: number;
      failed: { where: string; error: string }[];
    };
    expect(summary.new).toBe(3);
    expect(summary.failed.map((f) => f.where.replace(`${FIXTURES}/`, ''))).toEqual([
      'binary.txt',
      'empty.txt',
      'latin1.txt',
      'nested/bad.jsonl:1',
      'nested/bad.jsonl:2',
    ]);
    expect(result.stderr).toContain('latin1.txt: ');
    expect((await stats()).articles).toBe(3);
  });

  it('ingesting the same files again adds nothing', async () => {
    await runCli(['ingest', FIXTURES]);
    const before = await stats();
    expect(before.articles).toBe(3);
    expect(before.entities['Person']).toBeGreaterThanOrEqual(3);
    const again = await runCli(['ingest', '--json', join(FIXTURES, 'seed.txt'), join(FIXTURES, 'nested', 'two.jsonl')]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ articles: 3, new: 0, unchanged: 3, failed: [] });
    const printed = await runCli(['stats', '--json']);
    expect(printed.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(printed.stdout)).toEqual(before);
  });

  it('says where its time went with --profile: the run in order, each write step, each batch', async () => {
    const result = await runCli(['ingest', '--json', '--profile', join(FIXTURES, 'nested', 'two.jsonl')]);
    const summary = JSON.parse(result.stdout) as {
      new: number;
      profile: {
        marks: Record<string, number>;
        steps: Record<string, { ms: number; count: number }>;
        batches: { articles: number; startedAt: number; endedAt: number }[];
      };
    };
    expect(summary.new).toBe(2);
    const { marks, steps, batches } = summary.profile;
    const order = [
      'command started',
      'store ready',
      'first article extracted',
      'every article extracted',
      'every batch written',
    ].map((name) => marks[name]);
    expect(order.every((at) => typeof at === 'number')).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(batches.reduce((n, b) => n + b.articles, 0)).toBe(2);
    expect(steps['write: entities']?.count).toBe(batches.length);
    expect(steps['write: commit']?.count).toBe(batches.length);
  });

  it('resolves relative paths against the directory the user ran it from', async () => {
    const relative = await runCli(['ingest', '--json', 'seed.txt'], { INIT_CWD: FIXTURES });
    expect(relative.code).toBe(0);
    expect(JSON.parse(relative.stdout)).toMatchObject({ new: 1, failed: [] });
    // the same file named by its absolute path is the article the relative path read
    const absolute = await runCli(['ingest', '--json', join(FIXTURES, 'seed.txt')]);
    expect(JSON.parse(absolute.stdout)).toMatchObject({ new: 0, unchanged: 1 });
  });

  it('fails with a clear message when a path does not exist, writing nothing', async () => {
    const result = await runCli(['ingest', 'no/such/file.txt']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no such file or directory');
    expect((await stats()).articles).toBe(0);
  });
});

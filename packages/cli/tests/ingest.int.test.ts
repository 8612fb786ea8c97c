import { join } from 'node:path';
import { GraphStore } from '@newsgraph/graph-store';
import { GraphStatsSchema } from '@newsgraph/schema';
import { runCli } from './run-cli';

const FIXTURES = join(__dirname, '..', '..', 'ingest', 'tests', 'fixtures', 'articles');

describe('newsgraph ingest and stats against a real Neo4j', () => {
  beforeAll(async () => {
    // Community has one database: this suite runs in band on a cleared graph.
    const store = await GraphStore.connect({ uri: process.env['NEO4J_URI'] ?? '' });
    await store.clear();
    await store.close();
  });

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
  });

  it('ingesting the same files again adds nothing', async () => {
    const before = GraphStatsSchema.parse(JSON.parse((await runCli(['stats', '--json'])).stdout));
    expect(before.articles).toBe(3);
    expect(before.entities['Person']).toBeGreaterThanOrEqual(3);
    const again = await runCli(['ingest', '--json', join(FIXTURES, 'seed.txt'), join(FIXTURES, 'nested', 'two.jsonl')]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ articles: 3, new: 0, unchanged: 3, failed: [] });
    const stats = await runCli(['stats', '--json']);
    expect(stats.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(stats.stdout)).toEqual(before);
  });

  it('resolves relative paths against the directory the user ran it from', async () => {
    const result = await runCli(['ingest', '--json', 'seed.txt'], { INIT_CWD: FIXTURES });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ unchanged: 1 });
  });

  it('fails with a clear message when a path does not exist', async () => {
    const result = await runCli(['ingest', 'no/such/file.txt']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no such file or directory');
  });
});

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphStore } from '@newsgraph/graph-store';
import { CLI_BIN, runCli } from './run-cli';

// each test runs the real CLI several times; on a loaded machine one cold run alone can take most of a minute
jest.setTimeout(300_000);

const FORMATS = join(__dirname, '..', '..', 'ingest', 'tests', 'fixtures', 'formats');
const SEED_JSONL = join(__dirname, '..', '..', '..', 'seeds', 'whitehouse-demo.jsonl');

/** Many distinct articles from the demo seeds: each copy's text differs, so each is its own article. */
function manyArticles(copies: number): string {
  const seeds = readFileSync(SEED_JSONL, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { text: string; title: string });
  const lines: string[] = [];
  for (let c = 0; c < copies; c++)
    for (const s of seeds) lines.push(JSON.stringify({ ...s, url: undefined, text: `${s.text}\n\nEdition ${c}.` }));
  return `${lines.join('\n')}\n`;
}

describe('ingest at scale against a real Neo4j', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-ingest-'));
  let store: GraphStore;
  beforeAll(async () => {
    store = await GraphStore.connect({ uri: process.env['NEO4J_URI'] ?? '' });
  });
  beforeEach(() => store.clear());
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads every format, and reports malformed inputs without writing anything of them', async () => {
    const result = await runCli(['ingest', '--json', FORMATS]);
    const summary = JSON.parse(result.stdout) as { failed: { where: string; error: string }[] };
    const failed = summary.failed.map((f) => f.where.replace(`${FORMATS}/`, '')).sort();
    // articles.json holds one good item and two bad ones (no text, not an object) on purpose.
    expect(failed).toEqual([
      'articles.json[1]',
      'articles.json[2]',
      'empty-feed.rss',
      'empty.html',
      'malformed-feed.xml',
    ]);
    expect(result.code).toBe(1);
    const graph = await store.exportGraph();
    // a directory walk takes known extensions only, so article-no-extension stays out; article.md.gz is article.md
    // again, and malformed.html has no title
    expect(summary).toMatchObject({ new: 11, unchanged: 1 });
    expect(new Set(graph.articles.map((a) => a.id)).size).toBe(11);
    expect(graph.articles.map((a) => a.title ?? '(none)').sort()).toEqual([
      '(none)',
      'Chancellor visits Graz',
      'Council approves new tram line',
      'First',
      'Flood warning for the Rhine',
      'Harbour Bridge Reopens After Repairs',
      'Harbour Bridge Reopens After Repairs',
      'Metro extension opens',
      'Opera season announced',
      'Port strike ends after talks',
      'Tram fares & passes',
    ]);
    // one cold CLI run over fourteen files: on a loaded machine, more than jest's default minute
  }, 180_000);

  it('takes URLs and stdin', async () => {
    const server: Server = createServer((req, res) => {
      if (req.url === '/story.html') {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(
          '<html><head><title>Talks in Paris</title><meta name="author" content="A. Writer"></head><body><article><h1>Talks in Paris</h1><p>President Emmanuel Macron of France met Chancellor Olaf Scholz of Germany in Paris on Monday to discuss the European Union budget and support for Ukraine.</p><p>Both leaders said the talks were productive.</p></article></body></html>',
        );
      } else {
        res.statusCode = 404;
        res.end('no');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const result = await runCli(
        ['ingest', '--json', `http://127.0.0.1:${port}/story.html`, `http://127.0.0.1:${port}/missing`, '-'],
        {},
        JSON.stringify({ text: 'Prime Minister Fumio Kishida of Japan visited Washington.', title: 'From stdin' }),
      );
      const summary = JSON.parse(result.stdout) as { new: number; failed: { where: string; error: string }[] };
      expect(summary.new).toBe(2);
      expect(summary.failed).toEqual([
        { where: `http://127.0.0.1:${port}/missing`, error: expect.stringContaining('404') },
      ]);
      const titles = (await store.exportGraph()).articles.map((a) => a.title).sort();
      expect(titles).toEqual(['From stdin', 'Talks in Paris']);
    } finally {
      server.close();
    }
  });

  it('replaces the old version of an article whose URL comes back with new text', async () => {
    const v1 = join(dir, 'v1.jsonl');
    const v2 = join(dir, 'v2.jsonl');
    writeFileSync(
      v1,
      `${JSON.stringify({ url: 'https://news.example/1', publishedAt: '2024-05-01', text: 'Chancellor Olaf Scholz of Germany visited Paris.' })}\n`,
    );
    writeFileSync(
      v2,
      `${JSON.stringify({ url: 'https://news.example/1', publishedAt: '2024-05-02', text: 'President Joe Biden of the United States visited Paris.' })}\n`,
    );
    await runCli(['ingest', v2]);
    const onlyV2 = await store.exportGraph();
    await store.clear();
    await runCli(['ingest', v1]);
    const update = await runCli(['ingest', '--json', v2]);
    expect(JSON.parse(update.stdout)).toMatchObject({ new: 0, updated: 1, unchanged: 0 });
    const after = await store.exportGraph();
    expect(after).toEqual(onlyV2);
    expect(after.entities.some((e) => e.name === 'Olaf Scholz')).toBe(false);
  });

  it('applies analyst overrides on ingest, a re-run re-extracts under changed overrides, and so does reextract', async () => {
    const overrides = join(dir, 'overrides.json');
    writeFileSync(overrides, JSON.stringify({ rejectEntities: [] }));
    const input = join(dir, 'one.jsonl');
    writeFileSync(
      input,
      `${JSON.stringify({ text: 'President Xi Jinping of China met President Joe Biden in Woodside. Xi said the talks were candid.' })}\n`,
    );
    await runCli(['ingest', '--overrides', overrides, input]);
    const before = await store.exportGraph();
    const xi = before.entities.find((e) => e.name === 'Xi Jinping');
    expect(xi).toBeDefined();
    writeFileSync(
      overrides,
      JSON.stringify({ alias: [{ entity: xi?.id, aliases: ['Chairman Xi'] }], rejectEntities: ['person:joe-biden'] }),
    );
    const again = await runCli(['ingest', '--overrides', overrides, input]);
    expect(again.stdout).toContain('1 articles: 0 new, 1 updated, 0 unchanged (skipped), 0 failed');
    expect(again.stdout).toContain('; re-extracted 1 stored article: 1 read with other overrides\n');
    const after = await store.exportGraph();
    expect(after.entities.find((e) => e.id === xi?.id)?.aliases).toContain('Chairman Xi');
    expect(after.entities.some((e) => e.id === 'person:joe-biden')).toBe(false);
    const nothingStale = await runCli(['reextract', '--json', '--overrides', overrides]);
    expect(JSON.parse(nothingStale.stdout)).toMatchObject({ stale: 0, updated: 0, failed: [] });
    // the file changed back: reextract brings the stored article up to date without its source
    writeFileSync(overrides, JSON.stringify({ rejectEntities: [] }));
    const refreshed = await runCli(['reextract', '--json', '--overrides', overrides]);
    expect(JSON.parse(refreshed.stdout)).toMatchObject({ stale: 1, updated: 1, failed: [] });
    expect(await store.exportGraph()).toEqual(before);
    const bad = await runCli(['ingest', '--overrides', join(dir, 'missing.json'), input]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('does not exist');
  });

  it('delete takes an article out exactly; reset empties the graph', async () => {
    const a = join(dir, 'a.jsonl');
    const b = join(dir, 'b.jsonl');
    writeFileSync(
      a,
      `${JSON.stringify({ text: 'President Xi Jinping of China visited Moscow, Russia.', publishedAt: '2024-01-01' })}\n`,
    );
    writeFileSync(
      b,
      `${JSON.stringify({ text: 'Xi Jinping met President Vladimir Putin of Russia in Beijing.', publishedAt: '2024-02-01', source: 'wire' })}\n`,
    );
    await runCli(['ingest', a]);
    const onlyA = await store.exportGraph();
    await runCli(['ingest', b]);
    const deleted = await runCli(['delete', '--source', 'wire']);
    expect(deleted.stdout).toContain('deleted 1 article');
    expect(await store.exportGraph()).toEqual(onlyA);
    expect((await runCli(['delete', '--article', 'nope'])).code).toBe(1);
    expect((await runCli(['reset'])).code).toBe(1);
    expect((await runCli(['reset', '--yes'])).code).toBe(0);
    expect((await store.stats()).articles).toBe(0);
  });

  it('killed with SIGKILL mid-run and run again, ends with exactly the graph of a clean run', async () => {
    const input = join(dir, 'many.jsonl');
    writeFileSync(input, manyArticles(4));
    const clean = await runCli(['ingest', '--json', '--batch-size', '8', input]);
    expect(JSON.parse(clean.stdout)).toMatchObject({ failed: [] });
    const expected = await store.exportGraph();
    await store.clear();

    const child = spawn(process.execPath, [CLI_BIN, 'ingest', '--batch-size', '8', input], {
      env: { ...process.env, LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    });
    for (let tries = 0; tries < 600 && (await store.stats()).articles < 16; tries++)
      await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const partial = (await store.stats()).articles;
    expect(partial).toBeGreaterThanOrEqual(16);
    expect(partial).toBeLessThan(expected.articles.length);
    expect(partial % 8).toBe(0);

    const resumed = await runCli(['ingest', '--json', '--batch-size', '8', input]);
    expect(JSON.parse(resumed.stdout)).toMatchObject({ unchanged: partial, failed: [] });
    expect(await store.exportGraph()).toEqual(expected);
  }, 240_000);
});

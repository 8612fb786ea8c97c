import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { readSources, type ReadSourceOptions } from './read-source';

const FORMATS = join(__dirname, '..', '..', 'tests', 'fixtures', 'formats');
const ARTICLES = join(__dirname, '..', '..', 'tests', 'fixtures', 'articles');
const html = readFileSync(join(FORMATS, 'article.html'));
const rss = readFileSync(join(FORMATS, 'feed.rss'));

const read = (source: string, options: ReadSourceOptions = {}) => readSources([source], options);

describe('readSource on files and directories', () => {
  it('walks a directory recursively in sorted order and reads every format in it', async () => {
    const results = await read(FORMATS);
    const wheres = [...new Set(results.map((r) => r.where.slice(FORMATS.length + 1).replace(/[[:].*$/, '')))];
    expect(wheres).toEqual([
      'article.html',
      'article.md',
      'article.md.gz',
      'article.pdf',
      'article.txt',
      'articles.json',
      'empty-feed.rss',
      'empty.html',
      'feed.rss',
      'feed.xml',
      'html-in.txt',
      'malformed-feed.xml',
      'malformed.html',
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(12);
  });

  it('keeps the existing articles directory readable as before', async () => {
    const results = await read(ARTICLES);
    expect(results.map((r) => [r.where.slice(ARTICLES.length + 1), r.ok])).toEqual([
      ['binary.txt', false],
      ['empty.txt', false],
      ['latin1.txt', false],
      ['nested/bad.jsonl:1', false],
      ['nested/bad.jsonl:2', false],
      ['nested/two.jsonl:1', true],
      ['nested/two.jsonl:2', true],
      ['seed.txt', true],
    ]);
  });

  it('reports a missing path', async () => {
    expect(await read('/no/such/article.txt')).toEqual([
      { ok: false, where: '/no/such/article.txt', error: 'no such file or directory' },
    ]);
  });

  it('refuses a 20 MB text, naming its size and the limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-readers-'));
    try {
      const big = join(dir, 'big.txt');
      writeFileSync(big, Buffer.alloc(20 * 1024 * 1024, 'word '));
      expect(await read(big)).toEqual([
        { ok: false, where: big, error: 'is 20.0 MB (20971520 bytes), over the 10.0 MB (10485760 bytes) limit' },
      ]);
      const bomb = join(dir, 'bomb.txt.gz');
      writeFileSync(bomb, gzipSync(Buffer.alloc(20 * 1024 * 1024, 'word ')));
      expect(await read(bomb)).toEqual([
        {
          ok: false,
          where: bomb,
          error: expect.stringMatching(
            /^decompresses to more than 10\.0 MB .* over the 10\.0 MB \(10485760 bytes\) limit$/,
          ),
        },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('readSource on stdin', () => {
  it('sniffs what is piped in', async () => {
    const results = await read('-', { stdin: Readable.from([rss.subarray(0, 100), rss.subarray(100)]) });
    expect(results.map((r) => r.where)).toEqual(['stdin[0]', 'stdin[1]']);
    expect(results[0]).toMatchObject({ ok: true, article: { title: 'Metro extension opens' } });
  });

  it('reads gzipped stdin and refuses an oversized one', async () => {
    expect(await read('-', { stdin: Readable.from([gzipSync('{"text":"Oslo won."}')]) })).toEqual([
      { ok: true, where: 'stdin', article: { text: 'Oslo won.' } },
    ]);
    expect(
      await read('-', { stdin: Readable.from([Buffer.alloc(64, 'a'), Buffer.alloc(64, 'b')]), maxBytes: 100 }),
    ).toEqual([{ ok: false, where: 'stdin', error: expect.stringContaining('over the 0.0 MB (100 bytes) limit') }]);
  });
});

describe('readSource on http(s) URLs', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/story') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(html);
      } else if (req.url === '/feed') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(rss);
      } else if (req.url === '/story.json') {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.end(gzipSync('[{"body":"Madrid hosted the summit."}]'));
      } else if (req.url === '/huge') {
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(50 * 1024 * 1024) });
        res.end();
      } else if (req.url === '/endless') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        const tick = setInterval(() => res.write(Buffer.alloc(64 * 1024, 'x')), 1);
        res.on('close', () => clearInterval(tick));
      } else if (req.url === '/slow') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('Slow');
      } else {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('nope');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('reads an HTML page by its content type, located by its URL', async () => {
    expect(await read(`${base}/story`)).toEqual([
      expect.objectContaining({
        ok: true,
        where: `${base}/story`,
        article: expect.objectContaining({ title: 'Port strike ends after talks', author: 'Jonas Weber' }),
      }),
    ]);
  });

  it('sniffs a feed served as text/plain and gzipped JSON served as octet-stream', async () => {
    expect((await read(`${base}/feed`)).map((r) => [r.where, r.ok])).toEqual([
      [`${base}/feed[0]`, true],
      [`${base}/feed[1]`, true],
    ]);
    expect(await read(`${base}/story.json`)).toEqual([
      { ok: true, where: `${base}/story.json`, article: { text: 'Madrid hosted the summit.' } },
    ]);
  });

  it('reports a 404, an unreachable host, an oversized or endless body and a timeout', async () => {
    expect(await read(`${base}/missing`)).toEqual([
      { ok: false, where: `${base}/missing`, error: 'HTTP 404 Not Found' },
    ]);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await read(`http://127.0.0.1:${port}/`)).toEqual([
      { ok: false, where: `http://127.0.0.1:${port}/`, error: 'could not fetch: ECONNREFUSED' },
    ]);
    expect(await read(`${base}/huge`)).toEqual([
      {
        ok: false,
        where: `${base}/huge`,
        error: 'is 50.0 MB (52428800 bytes), over the 10.0 MB (10485760 bytes) limit',
      },
    ]);
    expect(await read(`${base}/endless`, { maxBytes: 1024 * 1024 })).toEqual([
      {
        ok: false,
        where: `${base}/endless`,
        error: expect.stringMatching(/^is more than 1\.\d MB \(\d+ bytes\), over the 1\.0 MB \(1048576 bytes\) limit$/),
      },
    ]);
    expect(await read(`${base}/slow`, { timeoutMs: 300 })).toEqual([
      { ok: false, where: `${base}/slow`, error: 'could not fetch: timed out' },
    ]);
  });
});

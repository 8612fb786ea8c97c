import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isJsonLinesFile, streamJsonLines } from './stream-json-lines';

async function collect(path: string, limit = 1_000_000) {
  const out = [];
  for await (const result of streamJsonLines(path, limit)) out.push(result);
  return out;
}

describe('streamJsonLines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jsonl-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const lines = [
    JSON.stringify({ text: 'First article.', title: 'One' }),
    '',
    'oops',
    JSON.stringify({ body: 'x'.repeat(200) }),
  ].join('\n');

  it('yields an article per line, reports bad and oversized lines with their line number', async () => {
    const path = join(dir, 'a.jsonl');
    writeFileSync(path, lines);
    const results = await collect(path, 100);
    expect(results.map((r) => [r.ok, r.where.slice(dir.length + 1)])).toEqual([
      [true, 'a.jsonl:1'],
      [false, 'a.jsonl:3'],
      [false, 'a.jsonl:4'],
    ]);
    expect(results[1]).toMatchObject({ error: expect.stringContaining('invalid JSON') });
    expect(results[2]).toMatchObject({ error: expect.stringContaining('over the') });
  });

  it('reads gzipped JSON Lines the same way, and reports a corrupt gzip', async () => {
    const path = join(dir, 'b.jsonl.gz');
    writeFileSync(path, gzipSync(lines));
    expect((await collect(path)).filter((r) => r.ok)).toHaveLength(2);
    const broken = join(dir, 'c.jsonl.gz');
    writeFileSync(broken, Buffer.from('not gzip at all'));
    expect(await collect(broken)).toEqual([
      expect.objectContaining({ ok: false, error: expect.stringContaining('cannot read') }),
    ]);
  });

  it('recognises JSON Lines files by name', () => {
    expect(['x.jsonl', 'x.ndjson', 'x.JSONL.gz'].map(isJsonLinesFile)).toEqual([true, true, true]);
    expect(['x.json', 'x.txt.gz'].map(isJsonLinesFile)).toEqual([false, false]);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectFiles } from './collect-files';
import { readArticleFile } from './read-article-file';

const FIXTURES = join(__dirname, '..', '..', 'tests', 'fixtures', 'articles');

describe('readArticleFile', () => {
  it('turns the sample header lines into metadata, not text', () => {
    const [result] = readArticleFile(join(FIXTURES, 'seed.txt'));
    expect(result).toMatchObject({ ok: true, article: { author: 'Bai Tiantian', publisher: 'Global Times' } });
    if (!result?.ok) throw new Error('expected the seed to read');
    expect(result.article.text).not.toContain('Posted on:');
    expect(result.article.text).toContain('Long Zhou, an official from the Office for Cyber Affairs');
  });

  it('maps JSON Lines fields (body/content/date) and reports each bad line with its line number', () => {
    const good = readArticleFile(join(FIXTURES, 'nested', 'two.jsonl'));
    expect(good).toEqual([
      expect.objectContaining({
        ok: true,
        where: expect.stringMatching(/two\.jsonl:1$/),
        article: expect.objectContaining({ title: 'Leaders meet', publishedAt: '2024-04-10', source: 'fixture' }),
      }),
      expect.objectContaining({
        ok: true,
        where: expect.stringMatching(/two\.jsonl:2$/),
        article: expect.objectContaining({ url: 'https://example.org/a2' }),
      }),
    ]);
    const bad = readArticleFile(join(FIXTURES, 'nested', 'bad.jsonl'));
    expect(bad.map((r) => [r.ok, r.where.replace(/.*\//, '')])).toEqual([
      [false, 'bad.jsonl:1'],
      [false, 'bad.jsonl:2'],
    ]);
    expect(bad[0]).toMatchObject({ error: 'article text is empty' });
    expect(bad[1]).toMatchObject({ error: expect.stringContaining('invalid JSON') });
  });

  it('refuses empty, binary and non-UTF-8 files with a reason', () => {
    expect(readArticleFile(join(FIXTURES, 'empty.txt'))[0]).toMatchObject({
      ok: false,
      error: 'article text is empty',
    });
    expect(readArticleFile(join(FIXTURES, 'binary.txt'))[0]).toMatchObject({
      ok: false,
      error: expect.stringContaining('binary'),
    });
    expect(readArticleFile(join(FIXTURES, 'latin1.txt'))[0]).toMatchObject({
      ok: false,
      error: expect.stringContaining('UTF-8'),
    });
  });

  it('reads an HTML page in the charset its meta tag declares', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-charset-'));
    try {
      const file = join(dir, 'page.html');
      const page =
        '<html><head><meta charset="iso-8859-1"><title>Señor Pérez in Zürich</title></head>' +
        '<body><article><p>Señor Pérez met the mayor of Zürich on Monday to discuss the café tax and the new budget.</p></article></body></html>';
      writeFileSync(file, Buffer.from(page, 'latin1'));
      const [result] = readArticleFile(file);
      expect(result).toMatchObject({ ok: true, article: { title: 'Señor Pérez in Zürich' } });
      if (!result?.ok) throw new Error('expected the page to read');
      expect(result.article.text).toContain('mayor of Zürich');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('collectFiles', () => {
  it('walks directories recursively in a stable order and lists missing paths', () => {
    const { files, missing } = collectFiles([FIXTURES, join(FIXTURES, 'nope.txt')]);
    expect(files.map((f) => f.slice(FIXTURES.length + 1))).toEqual([
      'binary.txt',
      'empty.txt',
      'latin1.txt',
      'nested/bad.jsonl',
      'nested/two.jsonl',
      'seed.txt',
    ]);
    expect(missing).toEqual([join(FIXTURES, 'nope.txt')]);
  });
});

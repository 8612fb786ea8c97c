import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFile } from '../read-article-file';
import { readBytes } from '../read-bytes';
import { readJson } from './json';

const DIR = join(__dirname, '..', '..', '..', 'tests', 'fixtures', 'formats');
const read = (name: string) => readArticleFile(join(DIR, name)).map((r) => ({ ...r, where: r.where.slice(DIR.length + 1) }));
const expected = (name: string): unknown => JSON.parse(readFileSync(join(DIR, '..', 'formats-expected', `${name}.json`), 'utf8'));

describe('JSON reader', () => {
  it('sniffs a file without extension as JSON and maps body/pubDate/link', () => {
    expect(read('article-no-extension')).toEqual(expected('article-no-extension'));
  });

  it('reads an array, reporting each bad item by index', () => {
    expect(read('articles.json')).toEqual(expected('articles.json'));
  });

  it('reports invalid JSON and an empty array', () => {
    expect(readBytes(Buffer.from('{"text": '), { where: 'a.json', name: 'a.json' })).toEqual([{ ok: false, where: 'a.json', error: expect.stringMatching(/^invalid JSON: /) }]);
    expect(readJson('[]', 'a.json')).toEqual([{ ok: false, where: 'a.json', error: 'JSON array has no articles' }]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFile } from '../read-article-file';
import { readBytes } from '../read-bytes';

const DIR = join(__dirname, '..', '..', '..', 'tests', 'fixtures', 'formats');
const read = (name: string) => readArticleFile(join(DIR, name)).map((r) => ({ ...r, where: r.where.slice(DIR.length + 1) }));
const expected = (name: string): unknown => JSON.parse(readFileSync(join(DIR, '..', 'formats-expected', `${name}.json`), 'utf8'));

describe('PDF reader', () => {
  it('extracts the text layer and Title/Author/CreationDate', () => {
    expect(read('article.pdf')).toEqual(expected('article.pdf'));
  });

  it('recognises a PDF by its header whatever its name', () => {
    const bytes = readFileSync(join(DIR, 'article.pdf'));
    expect(readBytes(bytes, { where: 'download', name: 'download' })).toEqual([expect.objectContaining({ ok: true, article: expect.objectContaining({ author: 'Kari Nordmann' }) })]);
  });

  it('reports a broken PDF and a .pdf that is not one', () => {
    expect(readBytes(Buffer.from('%PDF-1.4\nthis is not really a PDF\n%%EOF'), { where: 'x.pdf', name: 'x.pdf' })).toEqual([{ ok: false, where: 'x.pdf', error: expect.stringMatching(/^PDF could not be read: /) }]);
    expect(readBytes(Buffer.from('plain words'), { where: 'y.pdf', name: 'y.pdf' })).toEqual([{ ok: false, where: 'y.pdf', error: expect.stringContaining('not one (no %PDF- header)') }]);
  });
});

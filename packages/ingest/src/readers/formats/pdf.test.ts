import { expectedFor, FORMATS_DIR, readFixture } from '../../../tests/format-fixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBytes } from '../read-bytes';

describe('PDF reader', () => {
  it('extracts the text layer and Title/Author/CreationDate', () => {
    expect(readFixture('article.pdf')).toEqual(expectedFor('article.pdf'));
  });

  it('recognises a PDF by its header whatever its name', () => {
    const bytes = readFileSync(join(FORMATS_DIR, 'article.pdf'));
    expect(readBytes(bytes, { where: 'download', name: 'download' })).toEqual([
      expect.objectContaining({ ok: true, article: expect.objectContaining({ author: 'Kari Nordmann' }) }),
    ]);
  });

  it('reports a broken PDF and a .pdf that is not one', () => {
    expect(
      readBytes(Buffer.from('%PDF-1.4\nthis is not really a PDF\n%%EOF'), { where: 'x.pdf', name: 'x.pdf' }),
    ).toEqual([{ ok: false, where: 'x.pdf', error: expect.stringMatching(/^PDF could not be read: /) }]);
    expect(readBytes(Buffer.from('plain words'), { where: 'y.pdf', name: 'y.pdf' })).toEqual([
      { ok: false, where: 'y.pdf', error: expect.stringContaining('not one (no %PDF- header)') },
    ]);
  });
});

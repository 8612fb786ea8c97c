import { expectedFor, readFixture } from '../../../tests/format-fixtures';
import { readBytes } from '../read-bytes';
import { readJson } from './json';

describe('JSON reader', () => {
  it('sniffs a file without extension as JSON and maps body/pubDate/link', () => {
    expect(readFixture('article-no-extension')).toEqual(expectedFor('article-no-extension'));
  });

  it('reads an array, reporting each bad item by index', () => {
    expect(readFixture('articles.json')).toEqual(expectedFor('articles.json'));
  });

  it('reports invalid JSON and an empty array', () => {
    expect(readBytes(Buffer.from('{"text": '), { where: 'a.json', name: 'a.json' })).toEqual([
      { ok: false, where: 'a.json', error: expect.stringMatching(/^invalid JSON: /) },
    ]);
    expect(readJson('[]', 'a.json')).toEqual([{ ok: false, where: 'a.json', error: 'JSON array has no articles' }]);
  });
});

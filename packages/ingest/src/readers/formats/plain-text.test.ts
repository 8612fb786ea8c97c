import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFile } from '../read-article-file';

const DIR = join(__dirname, '..', '..', '..', 'tests', 'fixtures', 'formats');

describe('plain-text reader', () => {
  it('turns Author / Posted on header lines into metadata and the first short line into the title', () => {
    const results = readArticleFile(join(DIR, 'article.txt')).map((r) => ({
      ...r,
      where: r.where.slice(DIR.length + 1),
    }));
    expect(results).toEqual(JSON.parse(readFileSync(join(DIR, '..', 'formats-expected', 'article.txt.json'), 'utf8')));
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFile } from '../read-article-file';
import { htmlFragmentToText } from './dom';

const DIR = join(__dirname, '..', '..', '..', 'tests', 'fixtures', 'formats');
const read = (name: string) => readArticleFile(join(DIR, name)).map((r) => ({ ...r, where: r.where.slice(DIR.length + 1) }));
const expected = (name: string): unknown => JSON.parse(readFileSync(join(DIR, '..', 'formats-expected', `${name}.json`), 'utf8'));

describe('HTML reader', () => {
  it('keeps the article body and takes title, author, date, site and canonical URL from meta tags', () => {
    expect(read('article.html')).toEqual(expected('article.html'));
  });

  it('leaves navigation, scripts, styles and the footer out of the text', () => {
    const [result] = read('article.html');
    if (!result?.ok) throw new Error('expected the page to read');
    expect(result.article.text).not.toMatch(/tracking|color: red|Subscribe|Home News Sport/);
    expect(result.article.text.split('\n\n')).toHaveLength(3);
  });

  it('reads a .txt that is really HTML as HTML', () => {
    expect(read('html-in.txt')).toEqual(expected('html-in.txt'));
  });

  it('reads what text malformed HTML has instead of crashing', () => {
    expect(read('malformed.html')).toEqual(expected('malformed.html'));
  });

  it('reports an empty page', () => {
    expect(read('empty.html')).toEqual([{ ok: false, where: 'empty.html', error: 'article text is empty' }]);
  });

  it('turns fragments into paragraphs, decoding entities and dropping scripts and styles', () => {
    expect(htmlFragmentToText('<p>Talks in <b>Geneva</b></p><script>track()</script><style>p{}</style><p>UN &amp; EU<br>agree</p>')).toBe('Talks in Geneva\n\nUN & EU\nagree');
  });
});

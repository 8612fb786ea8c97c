import { expectedFor, readFixture } from '../../../tests/format-fixtures';
import { htmlFragmentToText } from './dom';

describe('HTML reader', () => {
  it('keeps the article body and takes title, author, date, site and canonical URL from meta tags', () => {
    expect(readFixture('article.html')).toEqual(expectedFor('article.html'));
  });

  it('leaves navigation, scripts, styles and the footer out of the text', () => {
    const [result] = readFixture('article.html');
    if (!result?.ok) throw new Error('expected the page to read');
    expect(result.article.text).not.toMatch(/tracking|color: red|Subscribe|Home News Sport/);
    expect(result.article.text.split('\n\n')).toHaveLength(3);
  });

  it('reads a .txt that is really HTML as HTML', () => {
    expect(readFixture('html-in.txt')).toEqual(expectedFor('html-in.txt'));
  });

  it('reads what text malformed HTML has instead of crashing', () => {
    expect(readFixture('malformed.html')).toEqual(expectedFor('malformed.html'));
  });

  it('reports an empty page', () => {
    expect(readFixture('empty.html')).toEqual([{ ok: false, where: 'empty.html', error: 'article text is empty' }]);
  });

  it('turns fragments into paragraphs, decoding entities and dropping scripts and styles', () => {
    expect(
      htmlFragmentToText(
        '<p>Talks in <b>Geneva</b></p><script>track()</script><style>p{}</style><p>UN &amp; EU<br>agree</p>',
      ),
    ).toBe('Talks in Geneva\n\nUN & EU\nagree');
  });
});

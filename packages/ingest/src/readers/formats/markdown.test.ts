import { expectedFor, readFixture } from '../../../tests/format-fixtures';
import { markdownToText, readMarkdown } from './markdown';

describe('Markdown reader', () => {
  it('takes metadata from front matter and strips the syntax from the text', () => {
    expect(readFixture('article.md')).toEqual(expectedFor('article.md'));
  });

  it('reads the same article gzipped', () => {
    expect(readFixture('article.md.gz')).toEqual([
      { ...(expectedFor('article.md') as object[])[0], where: 'article.md.gz' },
    ]);
  });

  it('uses the first H1 as the title when there is no front matter', () => {
    expect(readMarkdown('# Summit in Nairobi\n\nKenya hosted the *African Union* summit.', 'x.md')).toEqual([
      {
        ok: true,
        where: 'x.md',
        article: { title: 'Summit in Nairobi', text: 'Kenya hosted the African Union summit.' },
      },
    ]);
  });

  it.each([
    ['links keep their text', 'See [the report](http://x.org) now', 'See the report now'],
    ['reference links too', 'See [the report][1]\n\n[1]: http://x.org', 'See the report'],
    ['images go', 'Before ![alt text](a.png) after', 'Before  after'],
    ['emphasis and code', '**bold**, _italic_, `code`, ~~gone~~', 'bold, italic, code, gone'],
    ['intraword underscores stay', 'snake_case_name', 'snake_case_name'],
    ['numbered lists and quotes', '1. one\n2) two\n> quoted', 'one\ntwo\nquoted'],
    ['rules and inline HTML', 'a\n\n---\n\n<span>b</span>', 'a\n\nb'],
  ])('%s', (_name, markdown, text) => {
    expect(markdownToText(markdown).text).toBe(text);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleHeader, parseDate } from './parse-article-header';

const raw = readFileSync(join(__dirname, '..', '..', '..', 'tests', 'fixtures', 'articles', 'seed.txt'), 'utf8');

describe('parseArticleHeader', () => {
  const parsed = parseArticleHeader(raw);

  it('reads author, publisher, date and title from the header', () => {
    expect(parsed.author).toBe('Bai Tiantian');
    expect(parsed.publisher).toBe('Global Times');
    expect(parsed.publishedAt).toBe('2017-03-03');
    expect(parsed.title).toBe('China opposes using Internet to interfere');
  });

  it('returns the body without header, title or trailing "Read more:"', () => {
    expect(parsed.text.startsWith('China for the first time')).toBe(true);
    expect(parsed.text).not.toMatch(/Read more/);
    expect(parsed.text.trimEnd().endsWith('Zuo said.')).toBe(true);
  });

  it('leaves text without a header alone', () => {
    expect(parseArticleHeader('Long said it was clear. He left.').text).toBe('Long said it was clear. He left.');
  });
});

describe('parseDate', () => {
  it.each([
    ['March 3rd,2017', '2017-03-03'],
    ['2021-11-05', '2021-11-05'],
    ['Sept. 12, 2020', '2020-09-12'],
    ['nonsense', undefined],
  ])('reads %s', (input, out) => expect(parseDate(input)).toBe(out));
});

import { chooseFormat } from './sniff-format';

describe('chooseFormat', () => {
  it.each([
    ['plain text by extension', 'Oslo, Monday.', 'a.txt', undefined, 'text'],
    ['a .txt that is HTML', '<!DOCTYPE html><html><body><p>x</p></body></html>', 'a.txt', undefined, 'html'],
    ['a .txt holding an HTML fragment', '<p>Rome</p><p>Paris</p>', 'a.txt', undefined, 'html'],
    ['a feed saved as .html', '<?xml version="1.0"?><rss version="2.0"></rss>', 'a.html', undefined, 'feed'],
    ['Atom without extension', '<feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'feed', undefined, 'feed'],
    ['XHTML saved as .xml', '<?xml version="1.0"?><!DOCTYPE html><html></html>', 'a.xml', undefined, 'html'],
    ['JSON without extension', '{"text":"x"}', 'article', undefined, 'json'],
    ['JSON Lines without extension', '{"text":"x"}\n{"text":"y"}\n', 'dump', undefined, 'jsonl'],
    ['a single-line .jsonl stays JSON Lines', '{"text":"x"}', 'a.jsonl', undefined, 'jsonl'],
    ['Markdown keeps its inline HTML', '<div>intro</div>\n\n# Title', 'a.md', undefined, 'markdown'],
    ['text starting with a brace that is not JSON', "{Editor's note} Oslo", 'a.txt', undefined, 'text'],
    ['Content-Type when the URL has no extension', 'x', '', 'application/rss+xml; charset=utf-8', 'feed'],
    ['content beats text/plain', '<rss><channel></channel></rss>', '', 'text/plain', 'feed'],
  ])('%s', (_name, text, name, contentType, format) => {
    expect(chooseFormat(text, name, contentType)).toBe(format);
  });
});

import { articleResult, type ReadResult } from '../read-result';
import { normaliseDate } from './dates';
import { splitFrontMatter } from './front-matter';

/** Inline Markdown syntax → plain words: links keep their text, images and HTML tags go. */
function stripInline(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<https?:\/\/[^>]+>/g, (m) => m.slice(1, -1))
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/\*(\S(?:.*?\S)?)\*/g, '$1')
    .replace(/(^|[^\w])_(\S(?:.*?\S)?)_(?![\w])/g, '$1$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}

/** Turns a Markdown body into the prose an extractor should see, returning its first H1 as a title candidate. */
export function markdownToText(markdown: string): { text: string; heading?: string } {
  const out: string[] = [];
  let heading: string | undefined;
  let fenced = false;
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      out.push(raw);
      continue;
    }
    if (
      /^\s*\[[^\]]+\]:\s*\S+/.test(raw) ||
      /^\s*([-*_])(\s*\1){2,}\s*$/.test(raw) ||
      /^\s*\|?[\s:|-]+\|[\s:|-]*$/.test(raw)
    )
      continue;
    const h = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(raw);
    if (h?.[1] === '#' && heading === undefined) {
      heading = stripInline(h[2] ?? '');
      continue;
    }
    const line = (h ? (h[2] ?? '') : raw)
      .replace(/^\s*(>\s?)+/, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?/, '')
      .replace(/^\s*\|(.*)\|\s*$/, (_m, cells: string) =>
        cells
          .split('|')
          .map((c) => c.trim())
          .join('  '),
      );
    out.push(stripInline(line));
  }
  const text = out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return heading === undefined ? { text } : { text, heading };
}

/** Reads a Markdown article: front-matter metadata, the first H1 as title, syntax stripped from the text. */
export function readMarkdown(raw: string, where: string): ReadResult[] {
  const { meta, body } = splitFrontMatter(raw);
  const { text, heading } = markdownToText(body);
  return [
    articleResult(
      { ...meta, title: meta.title ?? heading, publishedAt: normaliseDate(meta.publishedAt) ?? meta.publishedAt, text },
      where,
    ),
  ];
}

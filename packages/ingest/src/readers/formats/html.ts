import { Readability } from '@mozilla/readability';
import { articleResult, type ReadResult } from '../read-result';
import { normaliseDate } from './dates';
import { nodeText, parseDocument, type MiniDocument } from './dom';

/** The first non-empty `content` among the given meta tags (matched by name, property or itemprop). */
function meta(document: MiniDocument, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const value = document.querySelector(`meta[${attr}="${key}"]`)?.getAttribute('content')?.trim();
      if (value) return value;
    }
  }
  return undefined;
}

/** Page metadata from meta tags, read before Readability rewrites the document. */
function pageMetadata(document: MiniDocument): {
  title?: string;
  author?: string;
  publishedAt?: string;
  publisher?: string;
  url?: string;
} {
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const found = {
    title: meta(document, 'og:title', 'twitter:title') ?? (document.title.trim() || undefined),
    author: meta(document, 'author', 'article:author', 'byl', 'dc.creator', 'parsely-author'),
    publishedAt: normaliseDate(
      meta(document, 'article:published_time', 'date', 'pubdate', 'publishdate', 'dc.date', 'datePublished') ?? time,
    ),
    publisher: meta(document, 'og:site_name', 'application-name'),
    url: meta(document, 'og:url') ?? canonical,
  };
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined));
}

/** Reads an HTML page's main text with Readability (falling back to the whole body) and its metadata from meta tags. */
export function readHtml(html: string, where: string): ReadResult[] {
  if (!html.trim()) return [{ ok: false, where, error: 'article text is empty' }];
  const document = parseDocument(html);
  const found = pageMetadata(document);
  const fallback = document.body ? nodeText(document.body) : '';
  let text = '';
  let byline: string | undefined;
  try {
    const parsed = new Readability(document, { charThreshold: 100 }).parse();
    const body = parsed?.content
      ? parseDocument(`<!doctype html><html><body>${parsed.content}</body></html>`).body
      : null;
    if (body) text = nodeText(body);
    byline = parsed?.byline?.trim().replace(/^by\s+/i, '') || undefined;
    if (!found.title && parsed?.title) found.title = parsed.title;
  } catch {
    // Readability gives up on some tag soup; the whole body's text is the next best thing.
  }
  if (text.length < 50 && fallback.length > text.length) text = fallback;
  return [articleResult({ ...found, author: found.author ?? byline, source: found.publisher, text }, where)];
}

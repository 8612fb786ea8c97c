import { createHash } from 'node:crypto';
import type { ArticleInput } from '@newsgraph/schema';

/** Collapses what should not make two copies of an article different: Unicode form, spacing, case of line ends. */
export function normaliseArticleText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** An article's id: a hash of its normalised text, so the same article ingested twice is one article. */
export function articleIdFor(text: string): string {
  return createHash('sha256').update(normaliseArticleText(text)).digest('hex').slice(0, 16);
}

/**
 * A hash of everything extraction and storage read from an article (its exact text, offsets depend on it, and its
 * metadata), so a re-run can skip an article stored exactly so without extracting it again.
 */
export function contentHashFor(article: ArticleInput): string {
  const fields = [
    article.text,
    article.title,
    article.url,
    article.author,
    article.publisher,
    article.publishedAt,
    article.source,
  ];
  return createHash('sha256')
    .update(JSON.stringify(fields.map((field) => field ?? null)))
    .digest('hex')
    .slice(0, 32);
}

import { createHash } from 'node:crypto';

/** Collapses what should not make two copies of an article different: Unicode form, spacing, case of line ends. */
export function normaliseArticleText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** An article's id: a hash of its normalised text, so the same article ingested twice is one article. */
export function articleIdFor(text: string): string {
  return createHash('sha256').update(normaliseArticleText(text)).digest('hex').slice(0, 16);
}

import { parseArticleHeader } from '../header/parse-article-header';
import { articleResult, type ReadResult } from '../read-result';

/** Reads a plain-text article; header lines (`Author:`, `Posted on: <publisher>, <date>`) become metadata, not text. */
export function readPlainText(raw: string, where: string): ReadResult[] {
  const { text, ...meta } = parseArticleHeader(raw);
  return [articleResult({ text, ...meta, source: meta.publisher }, where)];
}

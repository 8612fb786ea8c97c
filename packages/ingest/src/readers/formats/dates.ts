import { parseDate } from '../header/parse-article-header';

/** Normalises the many date spellings of feeds and meta tags to ISO 8601, so the graph can order articles by time. */
export function normaliseDate(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const pdf = /^D:(\d{4})(\d{2})?(\d{2})?/.exec(value);
  if (pdf) return [pdf[1], pdf[2] ?? '01', pdf[3] ?? '01'].join('-');
  const ms = Date.parse(value);
  if (!Number.isNaN(ms)) return new Date(ms).toISOString();
  return parseDate(value);
}

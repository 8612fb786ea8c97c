import { z } from 'zod';
import { normaliseDate } from './dates';
import { articleResult, type ReadResult } from '../read-result';

const JsonArticleSchema = z
  .object({
    text: z.string().optional(),
    body: z.string().optional(),
    content: z.string().optional(),
    title: z.string().optional(),
    url: z.string().optional(),
    link: z.string().optional(),
    publishedAt: z.string().optional(),
    date: z.string().optional(),
    pubDate: z.string().optional(),
    author: z.string().optional(),
    source: z.string().optional(),
    publisher: z.string().optional(),
  })
  .transform((raw) => ({
    text: raw.text ?? raw.body ?? raw.content ?? '',
    title: raw.title,
    url: raw.url ?? raw.link,
    publishedAt:
      normaliseDate(raw.publishedAt ?? raw.date ?? raw.pubDate) ?? raw.publishedAt ?? raw.date ?? raw.pubDate,
    author: raw.author,
    source: raw.source,
    publisher: raw.publisher,
  }));

/** Maps one JSON object's common field names (`body`, `content`, `date`, `pubDate`, …) onto an article. */
export function fromJsonObject(item: unknown, where: string): ReadResult {
  const parsed = JsonArticleSchema.safeParse(item);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { ok: false, where, error: `not an article object (${field}${issue?.message ?? 'invalid'})` };
  }
  return articleResult(parsed.data, where);
}

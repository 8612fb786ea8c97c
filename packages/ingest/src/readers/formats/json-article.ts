import { z } from 'zod';
import { describeIssue } from '@newsgraph/schema';
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
    return { ok: false, where, error: `not an article object (${describeIssue(parsed.error)})` };
  }
  return articleResult(parsed.data, where);
}

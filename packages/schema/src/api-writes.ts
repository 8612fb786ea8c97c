import { z } from 'zod';
import { ArticleInputSchema } from './article';
import { ExtractedEntitySchema, ExtractedRelationSchema, QuoteSchema } from './extraction';

const optionalText = (max: number) => z.string().trim().min(1).max(max).optional();

/**
 * `POST /api/articles` as JSON: the article input, strict so a misspelt field is refused rather than silently
 * dropped, with dates that order (ISO 8601) and links that are links.
 */
export const ArticlePostSchema = ArticleInputSchema.extend({
  text: z.string().trim().min(1, 'article text is empty'),
  title: optionalText(1000),
  url: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
    .max(2000)
    .optional(),
  author: optionalText(500),
  publisher: optionalText(500),
  publishedAt: z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], {
      message: 'must be an ISO 8601 date (2024-05-01) or date-time (2024-05-01T12:00:00Z)',
    })
    .optional(),
  source: optionalText(500),
}).strict();
export type ArticlePost = z.infer<typeof ArticlePostSchema>;

/** Whether a posted article was new to the graph, replaced an older version of its URL, or was already stored. */
export const IngestStatusSchema = z.enum(['new', 'updated', 'unchanged']);
export type IngestStatus = z.infer<typeof IngestStatusSchema>;

/**
 * The answer to `POST /api/articles`: the article's id and what was extracted from it, with every relation's
 * evidence sentence; offsets index the article text as stored (`GET /api/articles/:id`).
 */
export const ArticleIngestedSchema = z.object({
  article: z.object({
    id: z.string().min(1),
    status: IngestStatusSchema,
    title: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: z.string().nullable(),
    extractorVersion: z.string(),
    characters: z.number().int().positive(),
  }),
  entities: z.array(ExtractedEntitySchema),
  relations: z.array(ExtractedRelationSchema),
  quotes: z.array(QuoteSchema),
});
export type ArticleIngested = z.infer<typeof ArticleIngestedSchema>;

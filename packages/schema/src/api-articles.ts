import { z } from 'zod';
import { ArticleSummarySchema, EntityRefSchema } from './api-entity';
import { PeriodSchema, periodInOrder, queryNumber } from './api-params';

/** `GET /api/articles`: by source and publication period, latest first, paged. */
export const ArticleListQuerySchema = PeriodSchema.extend({
  source: z.string().min(1).max(500).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: queryNumber(z.coerce.number().int().min(0).max(100_000)).default(0),
}).refine(periodInOrder, { message: 'since must not be after until', path: ['since'] });
export type ArticleListQuery = z.infer<typeof ArticleListQuerySchema>;

export const ArticleListSchema = z.object({
  items: z.array(ArticleSummarySchema),
  offset: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
  nextOffset: z.number().int().positive().nullable(),
});
export type ArticleList = z.infer<typeof ArticleListSchema>;

/** Where an entity's name stands in the article text: `text.slice(start, end)`, for highlighting. */
export const MentionSpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string(),
  entity: EntityRefSchema,
});
export type MentionSpan = z.infer<typeof MentionSpanSchema>;

/** `GET /api/articles/:id`: the article's metadata, its text and the spans of the entity names in it. */
export const ArticleDetailsSchema = z.object({
  article: ArticleSummarySchema.extend({ text: z.string(), extractorVersion: z.string().nullable() }),
  mentions: z.array(MentionSpanSchema),
});
export type ArticleDetails = z.infer<typeof ArticleDetailsSchema>;

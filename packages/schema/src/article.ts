import { z } from 'zod';

/** One input line of `extract --jsonl`: unknown fields are ignored. */
export const ExtractInputSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  title: z.string().optional(),
  author: z.string().optional(),
  publishedAt: z.string().optional(),
  source: z.string().optional(),
  url: z.string().optional(),
});
export type ExtractInput = z.infer<typeof ExtractInputSchema>;

/** An article as read from a file, before extraction: text plus whatever metadata the reader found. */
export const ArticleInputSchema = z.object({
  text: z.string().min(1, 'article text is empty'),
  title: z.string().optional(),
  url: z.string().optional(),
  author: z.string().optional(),
  publisher: z.string().optional(),
  publishedAt: z.string().optional(),
  source: z.string().optional(),
});
export type ArticleInput = z.infer<typeof ArticleInputSchema>;

/**
 * An article as stored: its id is a hash of the normalised text; `contentHash` is a hash of the exact text and
 * metadata, so a re-run can tell an article stored exactly so from one to read again.
 */
export const ArticleSchema = ArticleInputSchema.extend({
  id: z.string().min(1),
  ingestedAt: z.string(),
  contentHash: z.string().optional(),
});
export type Article = z.infer<typeof ArticleSchema>;

import { z } from 'zod';
import { EntityTypeSchema, MentionKindSchema, PredicateSchema } from './ontology';

/** A span of the input text: offsets in UTF-16 code units, end exclusive, text === input.slice(start, end). */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof SpanSchema>;

export const MentionSchema = SpanSchema.extend({ kind: MentionKindSchema });
export type Mention = z.infer<typeof MentionSchema>;

export const ExtractedEntitySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  type: EntityTypeSchema,
  kind: z.string().optional(),
  aliases: z.array(z.string()),
  mentions: z.array(MentionSchema),
});
export type ExtractedEntity = z.infer<typeof ExtractedEntitySchema>;

export const ExtractedRelationSchema = z.object({
  subject: z.string().min(1),
  predicate: PredicateSchema,
  object: z.string().min(1),
  confidence: z.number().min(0).max(1),
  attributes: z.record(z.string(), z.string()).optional(),
  evidence: SpanSchema,
});
export type ExtractedRelation = z.infer<typeof ExtractedRelationSchema>;

export const QuoteSchema = SpanSchema.extend({
  speaker: z.string().min(1),
  about: z.array(z.string()).optional(),
});
export type Quote = z.infer<typeof QuoteSchema>;

/** The extractor's output for one document, as `newsgraph extract --jsonl` prints it. */
export const ExtractionResultSchema = z.object({
  id: z.string(),
  entities: z.array(ExtractedEntitySchema),
  relations: z.array(ExtractedRelationSchema),
  quotes: z.array(QuoteSchema),
});
export type ExtractionResult = z.infer<typeof ExtractionResultSchema>;

/** The error line for an input the extractor could not read (id null when the line was unreadable). */
export const ExtractionErrorLineSchema = z.object({ id: z.string().nullable(), error: z.string() });
export type ExtractionErrorLine = z.infer<typeof ExtractionErrorLineSchema>;

import { z } from 'zod';
import { queryNumber } from './api-params';
import { EvidenceSchema } from './api';
import { EntityTypeSchema, PredicateSchema } from './ontology';

const count = z.number().int().nonnegative();

/** An entity in short, as the other end of a relation or the subject of a quote. */
export const EntityRefSchema = z.object({ id: z.string(), name: z.string(), type: EntityTypeSchema });
export type EntityRef = z.infer<typeof EntityRefSchema>;

/** One relation of the entity: the other end, its support and its first pieces of evidence. */
export const EntityRelationSchema = z.object({
  other: EntityRefSchema,
  sentenceCount: count,
  articleCount: count,
  /** Distinct publishers (or sources, where no publisher is known) of the supporting articles. */
  outletCount: count,
  confidence: z.number(),
  title: z.string().nullable(),
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
  evidence: z.array(EvidenceSchema),
});
export type EntityRelation = z.infer<typeof EntityRelationSchema>;

/** Relations sharing a predicate and a direction (`out`: the entity is the subject), most supported first. */
export const RelationGroupSchema = z.object({
  predicate: PredicateSchema,
  direction: z.enum(['out', 'in']),
  relations: z.array(EntityRelationSchema),
});
export type RelationGroup = z.infer<typeof RelationGroupSchema>;

/** An article as lists show it, without its text. */
export const ArticleSummarySchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  author: z.string().nullable(),
  publisher: z.string().nullable(),
  source: z.string().nullable(),
  publishedAt: z.string().nullable(),
  ingestedAt: z.string().nullable(),
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

export const EntityQuoteSchema = z.object({
  id: z.string(),
  text: z.string(),
  articleId: z.string(),
  speaker: EntityRefSchema,
  about: z.array(EntityRefSchema),
});
export type EntityQuote = z.infer<typeof EntityQuoteSchema>;

/** `GET /api/entities/:id`: everything the graph knows about one entity. */
export const EntityDetailsSchema = z.object({
  entity: z.object({
    id: z.string(),
    name: z.string(),
    type: EntityTypeSchema,
    kind: z.string().nullable(),
    aliases: z.array(z.string()),
    mentionCount: count,
    articleCount: count,
    firstSeen: z.string().nullable(),
    lastSeen: z.string().nullable(),
  }),
  relations: z.array(RelationGroupSchema),
  /** True when the entity has more relations than the page lists (the best supported come first). */
  relationsTruncated: z.boolean(),
  /** The articles that mention it, latest first, each with how often. */
  articles: z.array(ArticleSummarySchema.extend({ mentionCount: count })),
  /** What it said, when it is a person. */
  quotes: z.array(EntityQuoteSchema),
});
export type EntityDetails = z.infer<typeof EntityDetailsSchema>;

export const EntityIdParamsSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(500)
    .meta({ examples: ['country:US'] }),
});

/** How much of each list `GET /api/entities/:id` returns. */
export const EntityDetailsQuerySchema = z.object({
  evidence: queryNumber(z.coerce.number().int().min(0).max(50)).default(3),
  articles: queryNumber(z.coerce.number().int().min(0).max(500)).default(50),
  quotes: queryNumber(z.coerce.number().int().min(0).max(500)).default(50),
});
export type EntityDetailsQuery = z.infer<typeof EntityDetailsQuerySchema>;

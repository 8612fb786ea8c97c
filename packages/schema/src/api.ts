import { z } from 'zod';
import { listParam, PeriodSchema, periodInOrder, queryNumber } from './api-params';
import { ERROR_CODES } from './errors';
import { EntityTypeSchema, PredicateSchema } from './ontology';

/** An entity as the API lists it. */
export const EntitySummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  aliases: z.array(z.string()),
  mentionCount: z.number().int().nonnegative(),
  articleCount: z.number().int().nonnegative(),
});
export type EntitySummary = z.infer<typeof EntitySummarySchema>;

/** One page of a search: `nextOffset` is where the next page starts, or null on the last page. */
export const EntityListSchema = z.object({
  items: z.array(EntitySummarySchema),
  offset: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
  nextOffset: z.number().int().positive().nullable(),
});
export type EntityList = z.infer<typeof EntityListSchema>;

export const EntitySearchQuerySchema = z.object({
  q: z.string().max(200).default(''),
  type: EntityTypeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(20),
  /** Entities to skip, for paging; absent means 0. */
  offset: queryNumber(z.coerce.number().int().min(0).max(100_000)).optional(),
});
export type EntitySearchQuery = z.infer<typeof EntitySearchQuerySchema>;

/**
 * A neighbourhood and its filters: entity types and predicates to keep, the least support (supporting articles)
 * and confidence an edge needs, and a period that only the claims of articles published in it count towards.
 */
export const GraphQuerySchema = PeriodSchema.extend({
  focus: z
    .string()
    .min(1, 'focus (an entity id) is required')
    .meta({ examples: ['country:US'] }),
  depth: z.coerce.number().int().min(1).max(3).default(1),
  types: listParam(EntityTypeSchema).optional(),
  predicates: listParam(PredicateSchema).optional(),
  minSupport: z.coerce.number().int().min(1).max(100_000).optional(),
  minConfidence: queryNumber(z.coerce.number().min(0).max(1)).optional(),
  /** The most nodes drawn, the focus included. */
  limit: z.coerce.number().int().min(1).max(1000).default(200),
}).refine(periodInOrder, { message: 'since must not be after until', path: ['since'] });
export type GraphQuery = z.infer<typeof GraphQuerySchema>;

/** One piece of support for a relation: the sentence (`text`) and the article it comes from, to cite. */
export const EvidenceSchema = z.object({
  articleId: z.string(),
  text: z.string(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  source: z.string().nullable(),
  publishedAt: z.string().nullable(),
  url: z.string().nullable(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const GraphNodeSchema = z.object({
  data: z.object({
    id: z.string(),
    label: z.string(),
    type: EntityTypeSchema,
    mentionCount: z.number().int().nonnegative(),
    articleCount: z.number().int().nonnegative(),
    focus: z.boolean(),
  }),
});
export type GraphNode = z.infer<typeof GraphNodeSchema>;

/** The fields of a drawn relation: its ends and its support, without sentences (`GET /api/relations/evidence` has those). */
const GraphEdgeDataSchema = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  predicate: PredicateSchema,
  label: z.string(),
  confidence: z.number(),
  sentenceCount: z.number().int().nonnegative(),
  articleCount: z.number().int().nonnegative(),
  /** Publication date (or ingest date) of its earliest and latest supporting article in the view's period. */
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
});

/** A relation in a view: support only, so a hub's neighbourhood stays small; its sentences are read when it is opened. */
export const GraphEdgeSchema = z.object({ data: GraphEdgeDataSchema });
export type GraphEdge = z.infer<typeof GraphEdgeSchema>;

/** A hop of a path: a relation with its latest sentences, since a path is read as a chain of cited facts. */
export const PathEdgeSchema = z.object({ data: GraphEdgeDataSchema.extend({ evidence: z.array(EvidenceSchema) }) });
export type PathEdge = z.infer<typeof PathEdgeSchema>;

/** A neighbourhood in Cytoscape's element format; `truncated` says the node or edge cap cut it. */
export const GraphElementsSchema = z.object({
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
  truncated: z.boolean(),
});
export type GraphElements = z.infer<typeof GraphElementsSchema>;

export const HealthSchema = z.object({ status: z.enum(['ok', 'degraded']), neo4j: z.enum(['up', 'down']) });
export type Health = z.infer<typeof HealthSchema>;

/** Every API failure: a code of the one error-code list, a message for people, the request id the server logged it under. */
export const ErrorBodySchema = z.object({
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string(), requestId: z.string() }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** What `newsgraph stats --json` prints. */
export const GraphStatsSchema = z.object({
  articles: z.number().int().nonnegative(),
  entities: z.record(z.string(), z.number().int().nonnegative()),
  relations: z.record(z.string(), z.number().int().nonnegative()),
  mentions: z.number().int().nonnegative(),
  quotes: z.number().int().nonnegative(),
});
export type GraphStats = z.infer<typeof GraphStatsSchema>;

/** A person an ambiguous short form may stand for, with how often the graph names them in full. */
export const NameCandidateSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Mentions written with the full name, not counting short forms resolved into it. */
  mentionCount: z.number().int().nonnegative(),
  articleCount: z.number().int().nonnegative(),
  titles: z.array(z.string()),
});
export type NameCandidate = z.infer<typeof NameCandidateSchema>;

/** A short name ("Biden") that several people in the graph bear, kept apart, and the override that would settle it. */
export const AmbiguousNameSchema = z.object({
  entity: z.object({
    id: z.string(),
    name: z.string(),
    mentionCount: z.number().int().nonnegative(),
    articleCount: z.number().int().nonnegative(),
  }),
  candidates: z.array(NameCandidateSchema).min(2),
  /** The analyst-overrides entry that merges it into the most mentioned candidate; edit `into` to pick another. */
  override: z.object({
    merge: z.array(
      z.object({
        from: z.array(z.string().min(1)).min(1),
        into: z.object({ id: z.string().min(1), name: z.string().min(1) }),
      }),
    ),
  }),
});
export type AmbiguousName = z.infer<typeof AmbiguousNameSchema>;

export const AmbiguousNameListSchema = z.object({ items: z.array(AmbiguousNameSchema) });
export type AmbiguousNameList = z.infer<typeof AmbiguousNameListSchema>;

export const AmbiguousNameQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) });
export type AmbiguousNameQuery = z.infer<typeof AmbiguousNameQuerySchema>;

import { z } from 'zod';
import { EntityTypeSchema, PredicateSchema } from './ontology';
import { EvidenceSchema } from './api';
import { listParam, periodInOrder, PeriodSchema, queryNumber } from './api-params';

const entityId = z.string().min(1).max(500);

/**
 * `GET /api/report`: an evidence pack on a neighbourhood (`focus` and the graph filters), a path (`from`, `to`), or
 * both; as printable HTML, Markdown, or the picture alone (SVG).
 */
export const ReportQuerySchema = PeriodSchema.extend({
  focus: entityId.meta({ examples: ['country:US'] }).optional(),
  depth: z.coerce.number().int().min(1).max(3).default(1),
  types: listParam(EntityTypeSchema).optional(),
  predicates: listParam(PredicateSchema).optional(),
  minSupport: z.coerce.number().int().min(1).max(100_000).optional(),
  minConfidence: queryNumber(z.coerce.number().min(0).max(1)).optional(),
  /** The most entities drawn, the focus included. */
  limit: z.coerce.number().int().min(1).max(200).default(50),
  from: entityId.meta({ examples: ['country:US'] }).optional(),
  to: entityId.meta({ examples: ['country:CN'] }).optional(),
  maxLength: z.coerce.number().int().min(1).max(6).default(4),
  k: z.coerce.number().int().min(1).max(10).default(3),
  /** The most relation cards, best supported first. */
  relations: z.coerce.number().int().min(1).max(500).default(100),
  /** The most sentences quoted on one card. */
  evidence: z.coerce.number().int().min(1).max(100).default(10),
  format: z.enum(['html', 'md', 'svg']).default('html'),
})
  .refine((q) => q.focus !== undefined || (q.from !== undefined && q.to !== undefined), {
    message: 'give focus (an entity id), or from and to (a path), or all three',
    path: ['focus'],
  })
  .refine((q) => (q.from === undefined) === (q.to === undefined), {
    message: 'from and to come together',
    path: ['to'],
  })
  .refine((q) => q.from === undefined || q.from !== q.to, { message: 'from and to must differ', path: ['to'] })
  .refine(periodInOrder, { message: 'since must not be after until', path: ['since'] });
export type ReportQuery = z.infer<typeof ReportQuerySchema>;

/** Which relations a support read covers: their keys' parts, the period and how many sentences each may quote. */
export interface RelationSupportQuery {
  relations: { subject: string; predicate: string; object: string }[];
  since?: string | undefined;
  until?: string | undefined;
  evidence: number;
}

const EntityRefSchema = z.object({ id: z.string(), name: z.string(), type: EntityTypeSchema });

/** Everything that backs one relation in a period: counts, outlets, titles, and its sentences cited with their articles. */
export const RelationSupportSchema = z.object({
  key: z.string(),
  subject: EntityRefSchema,
  predicate: PredicateSchema,
  object: EntityRefSchema,
  sentenceCount: z.number().int().nonnegative(),
  articleCount: z.number().int().nonnegative(),
  outlets: z.array(z.string()),
  confidence: z.number().min(0).max(1),
  /** Posts the claims name (HOLDS_POSITION's "President"). */
  titles: z.array(z.string()),
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
  /** Latest first, at most the asked number; `evidenceCount` says how many there are in all. */
  evidence: z.array(EvidenceSchema),
  evidenceCount: z.number().int().nonnegative(),
});
export type RelationSupport = z.infer<typeof RelationSupportSchema>;

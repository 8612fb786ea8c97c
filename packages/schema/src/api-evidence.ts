import { z } from 'zod';
import { periodInOrder, PeriodSchema, queryNumber } from './api-params';
import { RelationSupportSchema } from './api-report';
import { PredicateSchema } from './ontology';

const entityId = z.string().min(1).max(500);

/**
 * `GET /api/relations/evidence`: one relation (its subject, predicate and object, as an edge of a view names them),
 * the period its claims must fall in, and which page of its sentences to read.
 */
export const RelationEvidenceQuerySchema = PeriodSchema.extend({
  subject: entityId.meta({ examples: ['person:joe-biden'] }),
  predicate: PredicateSchema,
  object: entityId.meta({ examples: ['country:US'] }),
  /** Sentences to skip, for paging; absent means 0. */
  offset: queryNumber(z.coerce.number().int().min(0).max(100_000)).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
}).refine(periodInOrder, { message: 'since must not be after until', path: ['since'] });
export type RelationEvidenceQuery = z.infer<typeof RelationEvidenceQuerySchema>;

/**
 * One relation's support in the period and a page of its sentences, latest first: `evidenceCount` sentences in all,
 * `nextOffset` where the next page starts, or null on the last.
 */
export const RelationEvidenceSchema = RelationSupportSchema.extend({
  offset: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
  nextOffset: z.number().int().positive().nullable(),
});
export type RelationEvidence = z.infer<typeof RelationEvidenceSchema>;

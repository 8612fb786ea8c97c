import { z } from 'zod';
import { EntityTypeSchema, PredicateSchema } from './ontology';

const id = z.string().trim().min(1).max(300);
const text = z.string().trim().min(1).max(300);
/** The analyst's name as they gave it: the token is shared, so this is what tells corrections apart. */
const by = z.string().trim().min(1, 'say who you are').max(100);

/**
 * One correction as the viewer asks for it (`POST /api/corrections`): the server stamps its id and time, writes it
 * into the overrides and re-extracts the articles it touches.
 */
export const CorrectionInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('merge'),
    by,
    from: z.array(id).min(1).max(50),
    into: z.strictObject({ id, name: text.optional(), type: EntityTypeSchema.optional() }),
  }),
  z.strictObject({ kind: z.literal('alias'), by, entity: id, aliases: z.array(text).min(1).max(50) }),
  z.strictObject({
    kind: z.literal('split'),
    by,
    entity: id,
    mentions: z.array(text).min(1).max(50),
    into: z.strictObject({ id, name: text, type: EntityTypeSchema }),
  }),
  z.strictObject({ kind: z.literal('rejectRelation'), by, subject: id, predicate: PredicateSchema, object: id }),
]);
export type CorrectionInput = z.infer<typeof CorrectionInputSchema>;
export type CorrectionKind = CorrectionInput['kind'];

/** A correction as stored: what was asked, who asked, when, and the sentence that describes it. */
export const CorrectionSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['merge', 'alias', 'split', 'rejectRelation']),
  by: z.string().nullable(),
  at: z.string().nullable(),
  label: z.string(),
  /** Every entity id it names (graph and extractor ids), so the viewer can list an entity's corrections. */
  entities: z.array(z.string()),
  /** The entity a merge or split moves mentions into, which the viewer opens after a merge. */
  into: z.string().nullable(),
});
export type Correction = z.infer<typeof CorrectionSchema>;

export const CorrectionListSchema = z.object({ items: z.array(CorrectionSchema) });
export type CorrectionList = z.infer<typeof CorrectionListSchema>;

export const CorrectionQuerySchema = z.object({ entity: z.string().trim().min(1).max(300).optional() });
export type CorrectionQuery = z.infer<typeof CorrectionQuerySchema>;

export const CorrectionIdParamsSchema = z.object({ id: z.string().min(1).max(100) });

/** What a correction (or its undo) did to the graph: the stored articles it re-extracted right away. */
export const CorrectionAppliedSchema = z.object({
  correction: CorrectionSchema,
  reextracted: z.number().int().nonnegative(),
  failed: z.array(z.object({ where: z.string(), error: z.string() })),
});
export type CorrectionApplied = z.infer<typeof CorrectionAppliedSchema>;

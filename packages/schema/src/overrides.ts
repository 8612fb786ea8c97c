import { z } from 'zod';
import { EntityTypeSchema, PredicateSchema } from './ontology';

const EntityRefSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).optional(),
  type: EntityTypeSchema.optional(),
});

/**
 * Who made a correction in the viewer, when, and what it said: optional, so a hand-written file needs none; entries
 * that share an `id` came from one correction and are undone together.
 */
export const CorrectionStampSchema = z.object({
  id: z.string().min(1).max(100).optional(),
  by: z.string().min(1).max(100).optional(),
  at: z.iso.datetime({ offset: true }).optional(),
  label: z.string().min(1).max(500).optional(),
});
export type CorrectionStamp = z.infer<typeof CorrectionStampSchema>;

export const MergeOverrideSchema = z
  .object({ from: z.array(z.string().min(1)).min(1), into: EntityRefSchema })
  .extend(CorrectionStampSchema.shape);
export const SplitOverrideSchema = z
  .object({
    entity: z.string().min(1),
    mentions: z.array(z.string().min(1)).min(1),
    into: EntityRefSchema.required({ name: true, type: true }),
  })
  .extend(CorrectionStampSchema.shape);
export const AliasOverrideSchema = z
  .object({ entity: z.string().min(1), aliases: z.array(z.string().min(1)).min(1) })
  .extend(CorrectionStampSchema.shape);
export const RejectRelationOverrideSchema = z
  .object({ subject: z.string().min(1), predicate: PredicateSchema, object: z.string().min(1) })
  .extend(CorrectionStampSchema.shape);

/**
 * An analyst's corrections, applied to every extraction before it is written, so they survive
 * re-ingestion and re-extraction.
 */
export const OverridesSchema = z
  .object({
    /** These entities are one: their mentions, aliases and relations move to `into`. */
    merge: z.array(MergeOverrideSchema).default([]),
    /** Mentions of `entity` with one of these texts belong to another entity. */
    split: z.array(SplitOverrideSchema).default([]),
    /** Extra names an entity is known by. */
    alias: z.array(AliasOverrideSchema).default([]),
    /** Entities that are extraction mistakes: dropped with their relations and quotes. */
    rejectEntities: z.array(z.string().min(1)).default([]),
    /** Relations an analyst judged wrong. */
    rejectRelations: z.array(RejectRelationOverrideSchema).default([]),
  })
  .strict();
export type Overrides = z.infer<typeof OverridesSchema>;

import { z } from 'zod';
import { EntityTypeSchema, PredicateSchema } from './ontology';

const EntityRefSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).optional(),
  type: EntityTypeSchema.optional(),
});

/**
 * An analyst's corrections, applied to every extraction before it is written, so they survive
 * re-ingestion and re-extraction.
 */
export const OverridesSchema = z
  .object({
    /** These entities are one: their mentions, aliases and relations move to `into`. */
    merge: z.array(z.object({ from: z.array(z.string().min(1)).min(1), into: EntityRefSchema })).default([]),
    /** Mentions of `entity` with one of these texts belong to another entity. */
    split: z
      .array(
        z.object({
          entity: z.string().min(1),
          mentions: z.array(z.string().min(1)).min(1),
          into: EntityRefSchema.required({ name: true, type: true }),
        }),
      )
      .default([]),
    /** Extra names an entity is known by. */
    alias: z.array(z.object({ entity: z.string().min(1), aliases: z.array(z.string().min(1)).min(1) })).default([]),
    /** Entities that are extraction mistakes: dropped with their relations and quotes. */
    rejectEntities: z.array(z.string().min(1)).default([]),
    /** Relations an analyst judged wrong. */
    rejectRelations: z
      .array(z.object({ subject: z.string().min(1), predicate: PredicateSchema, object: z.string().min(1) }))
      .default([]),
  })
  .strict();
export type Overrides = z.infer<typeof OverridesSchema>;

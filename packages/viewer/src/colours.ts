import { ENTITY_TYPES, TYPE_COLOURS, type EntityType } from '@newsgraph/schema';

export { TYPE_COLOURS };

/** The entity types in legend order. */
export const LEGEND_TYPES: readonly EntityType[] = ENTITY_TYPES;

import { ENTITY_TYPES, type EntityType } from '@newsgraph/schema';

/** One colour per entity type, chosen to stay distinguishable for common colour-vision deficiencies. */
export const TYPE_COLOURS: Record<EntityType, string> = {
  Person: '#2f6fd6',
  Organization: '#e07b00',
  Country: '#1f9e6e',
  Location: '#8a63d2',
  Policy: '#d6336c',
  Event: '#b8860b',
};

/** The entity types in legend order. */
export const LEGEND_TYPES: readonly EntityType[] = ENTITY_TYPES;

import type { EntityType } from './ontology';

/** One colour per entity type, distinguishable for common colour-vision deficiencies; the viewer and exports share it. */
export const TYPE_COLOURS: Record<EntityType, string> = {
  Person: '#2f6fd6',
  Organization: '#e07b00',
  Country: '#1f9e6e',
  Location: '#8a63d2',
  Policy: '#d6336c',
  Event: '#b8860b',
};

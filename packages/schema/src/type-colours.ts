import type { EntityType } from './ontology';

/**
 * One colour per entity type from the Okabe–Ito palette, which stays distinguishable under the common colour-vision
 * deficiencies; the viewer pairs each with a shape so colour is never the only cue, and exports share it.
 */
export const TYPE_COLOURS: Record<EntityType, string> = {
  Person: '#0072b2',
  Organization: '#e69f00',
  Country: '#009e73',
  Location: '#56b4e9',
  Policy: '#cc79a7',
  Event: '#d55e00',
};

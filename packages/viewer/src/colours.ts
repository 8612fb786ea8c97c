import { ENTITY_TYPES, TYPE_COLOURS, type EntityType } from '@newsgraph/schema';

export { TYPE_COLOURS };

/** The entity types in legend order. */
export const LEGEND_TYPES: readonly EntityType[] = ENTITY_TYPES;

/** A Cytoscape node shape per type, so the type reads without colour too. */
export const TYPE_SHAPES: Record<
  EntityType,
  'ellipse' | 'round-rectangle' | 'diamond' | 'triangle' | 'hexagon' | 'star'
> = {
  Person: 'ellipse',
  Organization: 'round-rectangle',
  Country: 'diamond',
  Location: 'triangle',
  Policy: 'hexagon',
  Event: 'star',
};

/** The same shapes as small inline SVG paths for the legend and search results (drawn in a 16×16 box). */
export const SHAPE_PATHS: Record<EntityType, string> = {
  Person: 'M8 1a7 7 0 1 0 0.001 0Z',
  Organization: 'M3 2h10a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2Z',
  Country: 'M8 0.5 15.5 8 8 15.5 0.5 8Z',
  Location: 'M8 1 15 15H1Z',
  Policy: 'M4.5 1.5h7L15 8l-3.5 6.5h-7L1 8Z',
  Event: 'M8 0.5l2.2 5 5.3.4-4 3.5 1.3 5.2L8 11.8l-4.8 2.8 1.3-5.2-4-3.5 5.3-.4Z',
};

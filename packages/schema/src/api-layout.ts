import { z } from 'zod';

/** The most nodes a view layout takes: three times the 5,000-node view. */
export const VIEW_LAYOUT_MAX_NODES = 15_000;
/** The most relations a view layout takes: three times the 10,000-edge view. */
export const VIEW_LAYOUT_MAX_EDGES = 30_000;

/**
 * A view to lay out: its entity ids and its relations as pairs of indexes into them (ids once, so a 5,000-node,
 * 10,000-edge view is about 200 kB); direction and order do not matter, the same view always gets the same picture.
 */
export const ViewLayoutRequestSchema = z
  .object({
    nodes: z.array(z.string().min(1).max(500)).min(1).max(VIEW_LAYOUT_MAX_NODES),
    edges: z.array(z.tuple([z.number().int().min(0), z.number().int().min(0)])).max(VIEW_LAYOUT_MAX_EDGES),
  })
  .refine((view) => view.edges.every(([a, b]) => a < view.nodes.length && b < view.nodes.length), {
    message: 'every edge must join two indexes of nodes',
    path: ['edges'],
  })
  .meta({
    examples: [
      {
        nodes: ['person:long-zhou', 'organization:office-for-cyber-affairs', 'country:cn'],
        edges: [
          [0, 1],
          [1, 2],
        ],
      },
    ],
  });
export type ViewLayoutRequest = z.infer<typeof ViewLayoutRequestSchema>;

/** Where each entity of the view stands, in whole pixels of the viewer's model space. */
export const ViewLayoutSchema = z.object({
  positions: z.record(z.string(), z.tuple([z.number().int(), z.number().int()])),
  /** ForceAtlas2 passes run: fixed by the view's size, so the answer is the same every time. */
  iterations: z.number().int().nonnegative(),
});
export type ViewLayout = z.infer<typeof ViewLayoutSchema>;

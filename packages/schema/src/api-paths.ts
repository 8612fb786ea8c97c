import { z } from 'zod';
import { GraphNodeSchema, PathEdgeSchema } from './api';

/** `GET /api/paths`: up to k shortest paths between two entities, over the predicates of the ontology. */
export const PathQuerySchema = z
  .object({
    from: z
      .string()
      .min(1, 'from (an entity id) is required')
      .meta({ examples: ['country:US'] }),
    to: z
      .string()
      .min(1, 'to (an entity id) is required')
      .meta({ examples: ['country:CN'] }),
    maxLength: z.coerce.number().int().min(1).max(6).default(4),
    k: z.coerce.number().int().min(1).max(10).default(3),
  })
  .refine((query) => query.from !== query.to, { message: 'from and to must differ', path: ['to'] });
export type PathQuery = z.infer<typeof PathQuerySchema>;

/** One path: its entities in order and the edges between them, each edge's evidence in `elements`. */
export const PathSchema = z.object({
  length: z.number().int().positive(),
  nodes: z.array(z.string()).min(2),
  edges: z.array(z.string()).min(1),
});
export type Path = z.infer<typeof PathSchema>;

/** The paths found, shortest first, and the union of their nodes and edges as Cytoscape elements. */
export const PathListSchema = z.object({
  paths: z.array(PathSchema),
  elements: z.object({ nodes: z.array(GraphNodeSchema), edges: z.array(PathEdgeSchema) }),
});
export type PathList = z.infer<typeof PathListSchema>;

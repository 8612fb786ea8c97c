import { z } from 'zod';
import { EntityTypeSchema, PredicateSchema } from './ontology';

/** An entity as exports carry it: the graph's own id, never Neo4j's. */
export const ExportNodeSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  aliases: z.array(z.string()),
  mentionCount: z.number().int().nonnegative(),
  articleCount: z.number().int().nonnegative(),
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
});
export type ExportNode = z.infer<typeof ExportNodeSchema>;

/** A relation as exports carry it, keyed `subject|predicate|object` like its Claims. */
export const ExportEdgeSchema = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  predicate: PredicateSchema,
  confidence: z.number(),
  sentenceCount: z.number().int().nonnegative(),
  articleCount: z.number().int().nonnegative(),
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
});
export type ExportEdge = z.infer<typeof ExportEdgeSchema>;

/** What a graph export streams: every node first, then every edge between exported nodes. */
export type ExportItem = { kind: 'node'; node: ExportNode } | { kind: 'edge'; edge: ExportEdge };

export const EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'cyjs', 'cypher'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

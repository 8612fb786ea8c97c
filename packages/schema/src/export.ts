import { z } from 'zod';
import { EntitySummarySchema } from './api';
import { listParam } from './api-params';
import { CypherRequestSchema } from './cypher';
import { PredicateSchema } from './ontology';

/** An entity as exports carry it: the API's summary (the graph's own id, never Neo4j's) with when it was seen. */
export const ExportNodeSchema = EntitySummarySchema.extend({
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

/** The most entities one export may name by id. */
export const MAX_EXPORT_IDS = 20_000;

/** `GET /api/export`: a format (CSV needs its table), and a scope: `ids`, a neighbourhood (`focus` and the graph filters), or everything. */
export const ExportQuerySchema = z
  .object({
    format: ExportFormatSchema,
    table: z.enum(['nodes', 'relationships']).optional(),
    ids: listParam(z.string().min(1), 1000).optional(),
    focus: z.string().min(1).optional(),
  })
  .refine((q) => q.format !== 'csv' || q.table, {
    message: 'CSV comes as two tables: add table=nodes or table=relationships',
    path: ['table'],
  })
  .refine((q) => !(q.ids && q.focus), { message: 'give ids or focus, not both', path: ['ids'] });
export type ExportQuery = z.infer<typeof ExportQuerySchema>;

/** `POST /api/export`: the scope in the body, for views too large for a URL: entity ids, or a read-only query's result. */
export const ExportBodySchema = z.union([
  z.object({ ids: z.array(z.string().min(1)).min(1).max(MAX_EXPORT_IDS) }),
  z.object({ cypher: CypherRequestSchema }),
]);
export type ExportBody = z.infer<typeof ExportBodySchema>;

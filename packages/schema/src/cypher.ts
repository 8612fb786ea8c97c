import { z } from 'zod';
import { GraphElementsSchema } from './api';

/** A Cypher parameter value: what JSON can carry, nested. */
export type CypherParam = string | number | boolean | null | CypherParam[] | { [key: string]: CypherParam };
const CypherParamSchema: z.ZodType<CypherParam> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(CypherParamSchema),
    z.record(z.string(), CypherParamSchema),
  ]),
);

/** A power user's read-only query; parameter names follow Cypher's `$name` rules. */
export const CypherRequestSchema = z.object({
  query: z.string().trim().min(1, 'query is empty').max(20_000, 'query is longer than 20,000 characters'),
  params: z
    .record(
      z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'parameter names are letters, digits and _'),
      CypherParamSchema,
    )
    .default({}),
});
export type CypherRequest = z.infer<typeof CypherRequestSchema>;

/** A read-only query's answer: columns and rows as JSON, the entities and relations found in them, and whether the row cap cut it. */
export const CypherResultSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  truncated: z.boolean(),
  rowCap: z.number().int().positive(),
  elements: GraphElementsSchema,
});
export type CypherResult = z.infer<typeof CypherResultSchema>;

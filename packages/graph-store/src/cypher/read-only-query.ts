import { NewsgraphError, type CypherRequest, type CypherResult } from '@newsgraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import type { CheckedQueries } from './checked-queries';
import { foundElements } from './found-elements';
import { refusalOf } from './plan-guard';
import { toJson, type FoundGraph } from './to-json';

/** Limits on one power-user query: rows kept, and how long it may run (the transaction's timeout). */
export interface CypherLimits {
  rowCap: number;
  timeoutMs: number;
}

export const DEFAULT_CYPHER_LIMITS: CypherLimits = { rowCap: 1000, timeoutMs: 10_000 };

/**
 * Plans the query with EXPLAIN and refuses it unless the plan is a pure read (no LOAD CSV, no procedure off the
 * allow-list), then runs it in the same read transaction, keeping at most `rowCap` rows. A text in `checked` passed
 * that check before and is run without planning it again.
 */
export async function readOnlyQuery(
  tx: ManagedTransaction,
  request: CypherRequest,
  rowCap: number,
  checked?: CheckedQueries,
): Promise<CypherResult> {
  if (!checked?.has(request.query)) {
    const explained = await tx.run(`EXPLAIN ${request.query}`, request.params);
    const refusal = refusalOf(explained.summary.queryType, explained.summary.plan);
    if (refusal) throw new NewsgraphError('READ_ONLY_VIOLATION', refusal);
    checked?.add(request.query);
  }

  const found: FoundGraph = { nodes: new Map(), relationships: new Map() };
  const rows: unknown[][] = [];
  let truncated = false;
  const result = tx.run(request.query, request.params);
  const columns = (await result.keys()).map(String);
  // Iterating pulls records in batches, so leaving at the cap never buffers the rest of a huge answer.
  for await (const record of result) {
    if (rows.length === rowCap) {
      truncated = true;
      break;
    }
    rows.push(columns.map((key) => toJson(record.get(key), found)));
  }
  return { columns, rows, truncated, rowCap, elements: foundElements(found) };
}

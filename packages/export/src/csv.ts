import type { ExportItem } from '@newsgraph/schema';
import { stringify } from 'csv-stringify';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export type CsvTable = 'nodes' | 'relationships';

/** neo4j-admin import headers: ids, labels and types in its `:ID`/`:LABEL`/`:TYPE` columns, typed properties. */
const HEADERS: Record<CsvTable, string[]> = {
  nodes: [
    'id:ID',
    'name',
    'type',
    'aliases:string[]',
    'mentionCount:int',
    'articleCount:int',
    'firstSeen',
    'lastSeen',
    ':LABEL',
  ],
  relationships: [
    ':START_ID',
    ':END_ID',
    ':TYPE',
    'confidence:double',
    'sentenceCount:int',
    'articleCount:int',
    'firstSeen',
    'lastSeen',
  ],
};

/**
 * Streams one of the two CSV files `neo4j-admin database import full --nodes=… --relationships=…` reads.
 * Arrays use neo4j-admin's default delimiter `;`.
 */
export async function writeCsv(items: AsyncIterable<ExportItem>, out: Writable, table: CsvTable): Promise<void> {
  await pipeline(rows(items, table), stringify({ header: true, columns: HEADERS[table] }), out);
}

async function* rows(items: AsyncIterable<ExportItem>, table: CsvTable): AsyncGenerator<(string | number)[]> {
  for await (const item of items) {
    if (table === 'nodes' && item.kind === 'node') {
      const n = item.node;
      yield [
        n.id,
        n.name,
        n.type,
        n.aliases.join(';'),
        n.mentionCount,
        n.articleCount,
        n.firstSeen ?? '',
        n.lastSeen ?? '',
        `Entity;${n.type}`,
      ];
    } else if (table === 'relationships' && item.kind === 'edge') {
      const e = item.edge;
      yield [
        e.source,
        e.target,
        e.predicate,
        e.confidence,
        e.sentenceCount,
        e.articleCount,
        e.firstSeen ?? '',
        e.lastSeen ?? '',
      ];
    }
  }
}

import { ENTITY_TYPES, PREDICATES, type ExportEdge, type ExportItem, type ExportNode } from '@newsgraph/schema';
import type { Writable } from 'node:stream';
import { endOut, writeOut } from './write-out';

const BATCH = 500;

/**
 * Streams a Cypher script (statements ending in `;`, as cypher-shell runs them) that recreates the exported
 * subgraph in another database: entities by type, then relations by predicate, in batches of literal rows.
 */
export async function writeCypherScript(items: AsyncIterable<ExportItem>, out: Writable): Promise<void> {
  await writeOut(out, '// newsgraph export: replay with cypher-shell -f\n');
  await writeOut(out, 'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;\n');
  const nodes = new Map<string, ExportNode[]>();
  const edges = new Map<string, ExportEdge[]>();
  for await (const item of items) {
    const [buffers, key, row] =
      item.kind === 'node' ? [nodes, item.node.type, item.node] : [edges, item.edge.predicate, item.edge];
    const buffer = (buffers as Map<string, unknown[]>).get(key) ?? [];
    buffer.push(row);
    (buffers as Map<string, unknown[]>).set(key, buffer);
    if (buffer.length === BATCH) await flush(out, item.kind, key, buffer.splice(0));
  }
  for (const type of ENTITY_TYPES) await flush(out, 'node', type, nodes.get(type) ?? []);
  for (const predicate of PREDICATES) await flush(out, 'edge', predicate, edges.get(predicate) ?? []);
  await endOut(out);
}

async function flush(out: Writable, kind: 'node' | 'edge', key: string, rows: unknown[]): Promise<void> {
  if (rows.length === 0) return;
  if (kind === 'node') {
    // key is a validated entity type, so it can stand as a label
    const list = (rows as ExportNode[]).map((n) => literal({ ...n }));
    await writeOut(
      out,
      `UNWIND [\n${list.join(',\n')}\n] AS row\nMERGE (e:Entity {id: row.id}) SET e += row, e:${key};\n`,
    );
  } else {
    const list = (rows as ExportEdge[]).map(({ source, target, predicate: _p, id: _id, ...props }) =>
      literal({ source, target, props }),
    );
    await writeOut(
      out,
      `UNWIND [\n${list.join(',\n')}\n] AS row\nMATCH (s:Entity {id: row.source}), (o:Entity {id: row.target})\nMERGE (s)-[r:${key}]->(o) SET r += row.props;\n`,
    );
  }
}

/** A Cypher literal: JSON's string escapes are Cypher's too; map keys are our own plain property names. */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== null && v !== undefined);
    return `{${entries.map(([k, v]) => `${k}: ${literal(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value);
}

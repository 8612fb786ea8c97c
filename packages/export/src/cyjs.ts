import type { ExportItem } from '@newsgraph/schema';
import type { Writable } from 'node:stream';
import { endOut, writeOut } from './write-out';

/** Streams Cytoscape.js JSON (`cy.json()`'s shape: elements.nodes then elements.edges, each with its data). */
export async function writeCyjs(items: AsyncIterable<ExportItem>, out: Writable): Promise<void> {
  await writeOut(out, '{"format_version":"1.0","generated_by":"newsgraph","elements":{"nodes":[');
  let section: 'nodes' | 'edges' = 'nodes';
  let first = true;
  for await (const item of items) {
    if (item.kind === 'edge' && section === 'nodes') {
      await writeOut(out, '],"edges":[');
      section = 'edges';
      first = true;
    }
    const data =
      item.kind === 'node' ? { ...item.node, label: item.node.name } : { ...item.edge, label: item.edge.predicate };
    await writeOut(out, `${first ? '' : ','}\n${JSON.stringify({ data })}`);
    first = false;
  }
  await writeOut(out, section === 'nodes' ? '],"edges":[]}}\n' : ']}}\n');
  await endOut(out);
}

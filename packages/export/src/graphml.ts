import { TYPE_COLOURS, type ExportEdge, type ExportItem, type ExportNode } from '@newsgraph/schema';
import type { Writable } from 'node:stream';
import { xmlElement } from './xml-fragment';
import { xmlText } from './xml-text';
import { endOut, writeOut } from './write-out';
import { graphmlId } from './graphml-id';

/** Plain GraphML attributes (read by Gephi, Cytoscape desktop and yEd), one key each. */
const NODE_KEYS = [
  ['name', 'string'],
  ['type', 'string'],
  ['aliases', 'string'],
  ['mentionCount', 'int'],
  ['articleCount', 'int'],
  ['firstSeen', 'string'],
  ['lastSeen', 'string'],
] as const;
const EDGE_KEYS = [
  ['predicate', 'string'],
  ['confidence', 'double'],
  ['sentenceCount', 'int'],
  ['articleCount', 'int'],
  ['firstSeen', 'string'],
  ['lastSeen', 'string'],
] as const;

const HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xmlns:y="http://www.yworks.com/xml/graphml"
  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">
${NODE_KEYS.map(([name, type]) => `  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`).join('\n')}
${EDGE_KEYS.map(([name, type]) => `  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`).join('\n')}
  <key id="n_graphics" for="node" yfiles.type="nodegraphics"/>
  <key id="e_graphics" for="edge" yfiles.type="edgegraphics"/>
  <graph id="newsgraph" edgedefault="directed">
`;
const TAIL = '  </graph>\n</graphml>\n';

/** Streams GraphML that yEd draws styled (a filled, labelled shape per type) and other tools read as plain attributes. */
export async function writeGraphml(items: AsyncIterable<ExportItem>, out: Writable): Promise<void> {
  await writeOut(out, HEAD);
  for await (const item of items) {
    await writeOut(out, item.kind === 'node' ? graphmlNode(item.node) : graphmlEdge(item.edge));
  }
  await writeOut(out, TAIL);
  await endOut(out);
}

function graphmlNode(node: ExportNode): string {
  const values: Record<(typeof NODE_KEYS)[number][0], string> = {
    name: node.name,
    type: node.type,
    aliases: node.aliases.join('; '),
    mentionCount: String(node.mentionCount),
    articleCount: String(node.articleCount),
    firstSeen: node.firstSeen ?? '',
    lastSeen: node.lastSeen ?? '',
  };
  return xmlElement((root) => {
    const element = root.ele('node', { id: graphmlId(node.id) });
    for (const [key] of NODE_KEYS) element.ele('data', { key: `n_${key}` }).txt(xmlText(values[key]));
    const size = String(Math.round(30 + 10 * Math.log10(1 + node.mentionCount)));
    const shape = element.ele('data', { key: 'n_graphics' }).ele('y:ShapeNode');
    shape.ele('y:Geometry', { width: size, height: size });
    shape.ele('y:Fill', { color: TYPE_COLOURS[node.type], transparent: 'false' });
    shape.ele('y:NodeLabel', { modelName: 'sides', modelPosition: 's' }).txt(xmlText(node.name));
    shape.ele('y:Shape', { type: 'ellipse' });
  });
}

function graphmlEdge(edge: ExportEdge): string {
  const values: Record<(typeof EDGE_KEYS)[number][0], string> = {
    predicate: edge.predicate,
    confidence: String(edge.confidence),
    sentenceCount: String(edge.sentenceCount),
    articleCount: String(edge.articleCount),
    firstSeen: edge.firstSeen ?? '',
    lastSeen: edge.lastSeen ?? '',
  };
  return xmlElement((root) => {
    const element = root.ele('edge', {
      id: graphmlId(edge.id),
      source: graphmlId(edge.source),
      target: graphmlId(edge.target),
    });
    for (const [key] of EDGE_KEYS) element.ele('data', { key: `e_${key}` }).txt(xmlText(values[key]));
    const line = element.ele('data', { key: 'e_graphics' }).ele('y:PolyLineEdge');
    line.ele('y:Arrows', { source: 'none', target: 'standard' });
    line.ele('y:EdgeLabel').txt(edge.predicate);
  });
}

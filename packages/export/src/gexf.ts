import { TYPE_COLOURS, type ExportEdge, type ExportItem, type ExportNode } from '@newsgraph/schema';
import type { Writable } from 'node:stream';
import type { Positions } from './layout';
import { endOut, writeOut } from './write-out';
import { xmlElement } from './xml-fragment';
import { xmlText } from './xml-text';

const NODE_ATTRIBUTES = [
  ['type', 'string'],
  ['aliases', 'string'],
  ['mentionCount', 'integer'],
  ['articleCount', 'integer'],
] as const;
const EDGE_ATTRIBUTES = [
  ['predicate', 'string'],
  ['confidence', 'double'],
  ['sentenceCount', 'integer'],
  ['articleCount', 'integer'],
] as const;

const head = (today: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta lastmodifieddate="${today}">
    <creator>newsgraph</creator>
    <description>Entities and relations extracted from news; spells run from first to last report</description>
  </meta>
  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
    <attributes class="node" mode="static">
${NODE_ATTRIBUTES.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>`).join('\n')}
    </attributes>
    <attributes class="edge" mode="static">
${EDGE_ATTRIBUTES.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>`).join('\n')}
    </attributes>
`;

/**
 * Streams GEXF 1.3: colour by type, size by mentions, positions from the layout, and a spell from first to last
 * report so Gephi's timeline plays the graph. Items come nodes first, as the graph source promises.
 */
export async function writeGexf(items: AsyncIterable<ExportItem>, out: Writable, positions: Positions): Promise<void> {
  await writeOut(out, head(new Date().toISOString().slice(0, 10)));
  let section: 'none' | 'nodes' | 'edges' = 'none';
  for await (const item of items) {
    if (item.kind === 'node' && section === 'none') {
      await writeOut(out, '    <nodes>\n');
      section = 'nodes';
    }
    if (item.kind === 'edge' && section !== 'edges') {
      await writeOut(out, `${section === 'nodes' ? '    </nodes>\n' : ''}    <edges>\n`);
      section = 'edges';
    }
    await writeOut(out, item.kind === 'node' ? gexfNode(item.node, positions) : gexfEdge(item.edge));
  }
  await writeOut(out, { none: '', nodes: '    </nodes>\n', edges: '    </edges>\n' }[section]);
  await writeOut(out, '  </graph>\n</gexf>\n');
  await endOut(out);
}

function gexfNode(node: ExportNode, positions: Positions): string {
  const values = {
    type: node.type,
    aliases: node.aliases.join('; '),
    mentionCount: String(node.mentionCount),
    articleCount: String(node.articleCount),
  };
  const [r, g, b] = rgb(TYPE_COLOURS[node.type]);
  const position = positions.get(node.id) ?? { x: 0, y: 0 };
  return xmlElement((root) => {
    const element = root.ele('node', { id: xmlText(node.id), label: xmlText(node.name) });
    const attvalues = element.ele('attvalues');
    for (const [key] of NODE_ATTRIBUTES) attvalues.ele('attvalue', { for: key, value: xmlText(values[key]) });
    addSpell(element, node.firstSeen, node.lastSeen);
    element.ele('viz:color', { r: String(r), g: String(g), b: String(b) });
    element.ele('viz:position', { x: position.x.toFixed(2), y: position.y.toFixed(2), z: '0.0' });
    element.ele('viz:size', { value: (4 + 4 * Math.log10(1 + node.mentionCount)).toFixed(2) });
  });
}

function gexfEdge(edge: ExportEdge): string {
  const values = {
    predicate: edge.predicate,
    confidence: String(edge.confidence),
    sentenceCount: String(edge.sentenceCount),
    articleCount: String(edge.articleCount),
  };
  return xmlElement((root) => {
    // kind tells Gephi two relations between the same pair are different edges, not one counted twice
    const element = root.ele('edge', {
      id: xmlText(edge.id),
      source: xmlText(edge.source),
      target: xmlText(edge.target),
      label: edge.predicate,
      kind: edge.predicate,
      weight: String(Math.max(1, edge.articleCount)),
    });
    const attvalues = element.ele('attvalues');
    for (const [key] of EDGE_ATTRIBUTES) attvalues.ele('attvalue', { for: key, value: values[key] });
    addSpell(element, edge.firstSeen, edge.lastSeen);
  });
}

type Element = Parameters<Parameters<typeof xmlElement>[0]>[0];

function addSpell(element: Element, firstSeen: string | null, lastSeen: string | null): void {
  const start = asDate(firstSeen);
  const end = asDate(lastSeen);
  if (!start && !end) return;
  element.ele('spells').ele('spell', { ...(start ? { start } : {}), ...(end ? { end } : {}) });
}

/** GEXF's `date` time format is yyyy-mm-dd; stored dates may carry a time. */
function asDate(value: string | null): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}

function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

import { ENTITY_TYPES, relationKey, TYPE_COLOURS } from '@newsgraph/schema';
import { html } from './escape';
import type { ReportData } from './gather';
import { ringLayout } from './layout';

const RADIUS = 300;
const MARGIN = 110;
const LABEL_MAX = 26;
/** Past this many links the card numbers on them would only clutter the picture. */
const NUMBERED_LINKS = 80;

const short = (text: string): string => (text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1)}…` : text);
const fixed = (n: number): string => n.toFixed(1);

/** The subgraph drawn as a standalone SVG: entities coloured by type, links with arrows and their card numbers, a legend. */
export function reportSvg(data: ReportData): string {
  const root = data.query.focus ?? data.query.from;
  const ids = data.nodes.map((node) => node.data.id);
  const links = data.edges.map((edge): [string, string] => [edge.data.source, edge.data.target]);
  const at = ringLayout(ids, links, root, RADIUS);
  const size = 2 * (RADIUS + MARGIN);
  const cardOf = new Map(data.cards.map((card, i) => [card.key, i + 1]));
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-size / 2} ${-size / 2} ${size} ${size + 40}" width="${size}" height="${size + 40}" role="img" font-family="sans-serif">`,
    '<title>The subgraph of this evidence pack</title>',
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="22" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#777"/></marker></defs>',
  ];
  for (const edge of data.edges) {
    const a = at.get(edge.data.source);
    const b = at.get(edge.data.target);
    if (!a || !b) continue;
    out.push(
      `<line x1="${fixed(a.x)}" y1="${fixed(a.y)}" x2="${fixed(b.x)}" y2="${fixed(b.y)}" stroke="#999" stroke-width="${Math.min(1 + edge.data.articleCount / 2, 5).toFixed(1)}" marker-end="url(#arrow)"><title>${html(edge.data.predicate)}</title></line>`,
    );
    const card = cardOf.get(relationKey(edge.data.source, edge.data.predicate, edge.data.target));
    if (card !== undefined && data.edges.length <= NUMBERED_LINKS) {
      out.push(
        `<text x="${fixed((a.x + b.x) / 2)}" y="${fixed((a.y + b.y) / 2)}" font-size="10" fill="#444" text-anchor="middle" paint-order="stroke" stroke="#fff" stroke-width="3">${card}</text>`,
      );
    }
  }
  for (const node of data.nodes) {
    const p = at.get(node.data.id);
    if (!p) continue;
    const focus = node.data.id === root;
    out.push(
      `<g><title>${html(`${node.data.label} (${node.data.type})`)}</title><circle cx="${fixed(p.x)}" cy="${fixed(p.y)}" r="${focus ? 14 : 9}" fill="${TYPE_COLOURS[node.data.type]}" stroke="#222" stroke-width="${focus ? 2 : 1}"/>` +
        `<text x="${fixed(p.x)}" y="${fixed(p.y + (focus ? 28 : 22))}" font-size="${focus ? 13 : 11}" text-anchor="middle" paint-order="stroke" stroke="#fff" stroke-width="3">${html(short(node.data.label))}</text></g>`,
    );
  }
  const legendY = size / 2 + 20;
  ENTITY_TYPES.forEach((type, i) => {
    const x = -size / 2 + 20 + i * 120;
    out.push(
      `<circle cx="${x}" cy="${legendY}" r="6" fill="${TYPE_COLOURS[type]}" stroke="#222"/><text x="${x + 10}" y="${legendY + 4}" font-size="11">${type}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('\n');
}

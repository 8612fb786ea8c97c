import type { StylesheetJson } from 'cytoscape';
import { LEGEND_TYPES, TYPE_COLOURS, TYPE_SHAPES } from './colours';
import type { EdgeDrawing } from './large-graph';

/**
 * Cytoscape's stylesheet: colour and shape by type, size precomputed into data.size (mentions or degree), edge width
 * by support and opacity by confidence (both precomputed), the predicate as the edge's label.
 */
export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': '#888',
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-family': 'system-ui, sans-serif',
      'font-size': 12,
      color: '#1d2330',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '2px',
      'border-width': 1,
      'border-color': '#ffffff',
      // Labels too small to read once zoomed out (a large view fitted to the screen) are not drawn at all.
      'min-zoomed-font-size': 6,
    },
  },
  ...LEGEND_TYPES.map((type) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': TYPE_COLOURS[type], shape: TYPE_SHAPES[type] },
  })),
  {
    selector: 'node[?focus]',
    style: { 'border-width': 4, 'border-color': '#11151c', 'font-weight': 'bold', 'font-size': 14, 'z-index': 10 },
  },
  { selector: 'node.pinned', style: { 'border-width': 3, 'border-style': 'dashed', 'border-color': '#11151c' } },
  { selector: 'node.expanded', style: { 'outline-width': 2, 'outline-color': '#11151c', 'outline-offset': 3 } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      // A data mapper, not a function: Cytoscape caches mapped styles, a function runs per edge (seconds at 10k edges).
      opacity: 'data(opacity)' as unknown as number,
      'line-color': '#6b7385',
      'target-arrow-color': '#6b7385',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 9,
      color: '#3a4253',
      'text-rotation': 'autorotate',
      'text-background-color': '#f5f7fa',
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 8,
    },
  },
  { selector: 'edge.path-hop', style: { 'line-color': '#000000', 'target-arrow-color': '#000000', width: 5 } },
  {
    selector: 'node:selected',
    style: {
      'underlay-color': '#F0E442',
      'underlay-opacity': 0.9,
      'underlay-padding': 8,
      'underlay-shape': 'ellipse',
    },
  },
  {
    selector: 'edge:selected',
    style: { 'line-color': '#D55E00', 'target-arrow-color': '#D55E00', color: '#11151c', opacity: 1, 'z-index': 20 },
  },
  { selector: '.faded', style: { opacity: 0.25 } },
];

/**
 * The stylesheet for a way of drawing edges: `plain` edges are straight lines from centre to centre without
 * arrowheads, which Cytoscape draws in a third to a half less time than curved edges with arrowheads (each arrowhead
 * of a translucent edge is drawn twice); its elements take no pointer events, since Cytoscape scans every element on
 * each mouse move and restyles a pressed node, which redraws them all.
 */
export function graphStyle(edges: EdgeDrawing): StylesheetJson {
  if (edges === 'detailed') return GRAPH_STYLE;
  const plain: StylesheetJson = GRAPH_STYLE.map((rule) =>
    rule.selector === 'edge' && 'style' in rule
      ? { selector: 'edge', style: { ...rule.style, 'curve-style': 'haystack', 'target-arrow-shape': 'none' } }
      : rule,
  );
  // The view finds what the pointer reaches itself (see GraphView), so Cytoscape's hit test and press look are off.
  return [...plain, { selector: 'node, edge', style: { events: 'no' } }];
}

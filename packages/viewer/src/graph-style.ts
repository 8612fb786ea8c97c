import type { StylesheetJson } from 'cytoscape';
import { LEGEND_TYPES, TYPE_COLOURS } from './colours';

/** Cytoscape's stylesheet: colour by type, size by mentions (precomputed into data.size), predicate on edges. */
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
    },
  },
  ...LEGEND_TYPES.map((type) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': TYPE_COLOURS[type] },
  })),
  {
    selector: 'node[?focus]',
    style: { 'border-width': 4, 'border-color': '#11151c', 'font-weight': 'bold', 'font-size': 14, 'z-index': 10 },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': '#9aa3b2',
      'target-arrow-color': '#9aa3b2',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 9,
      color: '#4a5263',
      'text-rotation': 'autorotate',
      'text-background-color': '#f5f7fa',
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
    },
  },
  {
    selector: 'node:selected',
    style: {
      'underlay-color': '#f59f00',
      'underlay-opacity': 0.45,
      'underlay-padding': 8,
      'underlay-shape': 'ellipse',
    },
  },
  {
    selector: 'edge:selected',
    style: { 'line-color': '#f08c00', 'target-arrow-color': '#f08c00', color: '#11151c', 'z-index': 20 },
  },
  { selector: '.faded', style: { opacity: 0.25 } },
];

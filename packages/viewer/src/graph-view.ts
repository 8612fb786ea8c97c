import cytoscape, {
  type Core,
  type ElementDefinition,
  type EventObject,
  type SingularElementArgument,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { GraphElements } from '@newsgraph/schema';
import { GRAPH_STYLE } from './graph-style';

/** The id of the node or edge an event was bound to; Cytoscape types `target` as any since it may be the core too. */
const tappedId = (event: EventObject): string => (event.target as SingularElementArgument).id();

export interface GraphHandlers {
  onNodeTap(id: string): void;
  onNodeDoubleTap(id: string): void;
  onEdgeTap(id: string): void;
  onBackgroundTap(): void;
}

declare global {
  interface Window {
    /** The Cytoscape instance, exposed so browser tests can read what is drawn. */
    __cy?: Core;
  }
}

cytoscape.use(fcose);

const MIN_SIZE = 26;
const MAX_SIZE = 76;

/** Node diameters scale with the square root of mentions, so one very frequent entity does not dwarf the rest. */
export function toDefinitions(graph: GraphElements): ElementDefinition[] {
  const max = Math.max(1, ...graph.nodes.map((node) => node.data.mentionCount));
  const nodes = graph.nodes.map((node) => ({
    group: 'nodes' as const,
    data: { ...node.data, size: MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(node.data.mentionCount / max) },
  }));
  const edges = graph.edges.map((edge) => ({
    group: 'edges' as const,
    data: { ...edge.data, width: Math.min(6, 1.5 + Math.log2(1 + edge.data.sentenceCount)) },
  }));
  return [...nodes, ...edges];
}

/** Wraps Cytoscape: draws a neighbourhood around its focus and reports taps. */
export class GraphView {
  readonly cy: Core;

  constructor(container: HTMLElement, handlers: GraphHandlers) {
    this.cy = cytoscape({ container, style: GRAPH_STYLE, minZoom: 0.2, maxZoom: 3, wheelSensitivity: 0.3 });
    this.cy.on('tap', 'node', (event) => handlers.onNodeTap(tappedId(event)));
    this.cy.on('dbltap', 'node', (event) => handlers.onNodeDoubleTap(tappedId(event)));
    this.cy.on('tap', 'edge', (event) => handlers.onEdgeTap(tappedId(event)));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) handlers.onBackgroundTap();
    });
    window.__cy = this.cy;
  }

  /** Replaces the drawing; a force-directed layout with the focus pinned in the middle and room for labels. */
  show(graph: GraphElements): void {
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(toDefinitions(graph));
    });
    const focus = graph.nodes.find((node) => node.data.focus)?.data.id;
    const options = {
      name: 'fcose',
      quality: 'proof',
      randomize: true,
      animate: false,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 140,
      nodeRepulsion: () => 12000,
      padding: 50,
      ...(focus ? { fixedNodeConstraint: [{ nodeId: focus, position: { x: 0, y: 0 } }] } : {}),
    } as const;
    this.cy.layout(options).run();
    this.cy.fit(undefined, 50);
  }

  /** Selects one element (and nothing else) so the user sees what the details panel describes. */
  select(id: string | null): void {
    this.cy.elements().unselect();
    if (id) this.cy.getElementById(id).select();
  }

  clear(): void {
    this.cy.elements().remove();
  }

  resize(): void {
    this.cy.resize();
  }
}

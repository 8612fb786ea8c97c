import type { Core } from 'cytoscape';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The selection of a large view, drawn over Cytoscape's canvas instead of through its `:selected` style: in Cytoscape
 * 3.35 any element's style change (selecting one, or its `:active` look on a press) makes the next frames redraw every
 * element rather than its cached layers, about a third of a second of main-thread time at 15,000 elements.
 */
export class SelectionMark {
  private readonly svg = document.createElementNS(SVG, 'svg');
  private readonly ring = document.createElementNS(SVG, 'circle');
  private readonly line = document.createElementNS(SVG, 'line');
  private id: string | null = null;

  constructor(private readonly cy: Core) {
    this.svg.setAttribute('class', 'selection-mark');
    this.svg.setAttribute('data-testid', 'selection-mark');
    this.svg.setAttribute('aria-hidden', 'true');
    this.ring.setAttribute('class', 'selection-mark__node');
    this.line.setAttribute('class', 'selection-mark__edge');
    this.svg.append(this.ring, this.line);
    this.svg.toggleAttribute('hidden', true);
    cy.container()?.append(this.svg);
    cy.on('viewport resize', () => this.place());
    cy.on('position', 'node', () => this.place());
    cy.on('remove', () => this.place());
  }

  /** The element marked, or null. */
  get shown(): string | null {
    return this.id;
  }

  /** Marks one node or edge (or nothing) and keeps the mark on it while the view is panned, zoomed or moved. */
  show(id: string | null): void {
    this.id = id;
    this.place();
  }

  private place(): void {
    const element = this.id === null ? null : this.cy.getElementById(this.id);
    if (!element || element.empty()) {
      this.svg.toggleAttribute('hidden', true);
      this.svg.removeAttribute('data-selected-id');
      return;
    }
    const zoom = this.cy.zoom();
    const isNode = element.group() === 'nodes';
    this.ring.toggleAttribute('hidden', !isNode);
    this.line.toggleAttribute('hidden', isNode);
    if (isNode) {
      const at = element.renderedPosition();
      this.ring.setAttribute('cx', String(at.x));
      this.ring.setAttribute('cy', String(at.y));
      this.ring.setAttribute('r', String(Math.max(6, (Number(element.data('size')) / 2 + 6) * zoom)));
    } else {
      // An edge's ends (one node for a loop), in either order: a straight line between them is what is drawn.
      const ends = element.connectedNodes();
      const from = ends.first().renderedPosition();
      const to = ends.last().renderedPosition();
      this.line.setAttribute('x1', String(from.x));
      this.line.setAttribute('y1', String(from.y));
      this.line.setAttribute('x2', String(to.x));
      this.line.setAttribute('y2', String(to.y));
    }
    this.svg.setAttribute('data-selected-id', this.id ?? '');
    this.svg.toggleAttribute('hidden', false);
  }
}

import cytoscape, {
  type Core,
  type ElementDefinition,
  type EventObject,
  type LayoutOptions,
  type NodeSingular,
  type SingularElementArgument,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import type { GraphElements, ViewLayout, ViewLayoutRequest } from '@newsgraph/schema';
import { toDefinitions } from './graph-definitions';
import { graphStyle } from './graph-style';
import { fitViewport } from './fit-viewport';
import { hitAt, type Hit, type HitEdge, type HitNode } from './hit-test';
import { SelectionMark } from './selection-mark';
import {
  edgeDrawing,
  LARGE_VIEW,
  laidOutByServer,
  layoutOptions,
  tuneRenderer,
  type EdgeDrawing,
  type RendererName,
} from './large-graph';
import type { ViewState } from './view-log';

/** The id of the node or edge an event was bound to; Cytoscape types `target` as any since it may be the core too. */
const tappedId = (event: EventObject): string => (event.target as SingularElementArgument).id();

export interface GraphHandlers {
  /** The primary button went down on a node (a click, a drag or a double-click may follow). */
  onNodePress(id: string): void;
  /** The primary button came up after the click it ended, if it was one, has been handled. */
  onPressEnd(): void;
  onNodeTap(id: string): void;
  onNodeDoubleTap(id: string): void;
  onNodeMenu(id: string, at: { x: number; y: number }): void;
  onNodeMoved(id: string, at: [number, number]): void;
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
cytoscape.use(svg);

/** How far a press may move and still be a click, in screen pixels: Cytoscape's default for a mouse. */
const TAP_SLACK_PX = 4;

/** Where each node stands, as whole pixels. */
export type Positions = Record<string, [number, number]>;

/** Asks the server to lay a view out (`POST /api/layout`). */
export type ServerLayout = (view: ViewLayoutRequest) => Promise<ViewLayout>;

/** Wraps Cytoscape: keeps the drawing in step with the view, laying out only what has no place yet. */
export class GraphView {
  readonly cy: Core;
  private layoutEpoch = -1;
  /** Counts draws begun, so one that waited for the server knows a later one has taken over. */
  private syncs = 0;
  /** Nodes drawn with a place (kept in the view, not in element data, whose every change restyles the element). */
  private readonly placed = new Set<string>();
  private edges: EdgeDrawing = 'detailed';
  /** The node the last tap hit, which a double-click expands. */
  private lastNodeTap: string | null = null;
  private readonly mark: SelectionMark;
  /** A node of a large view being pressed: where the pointer holds it, and whether it has moved. */
  private pressing: { id: string; from: { x: number; y: number }; dx: number; dy: number; moved: boolean } | null =
    null;

  constructor(
    container: HTMLElement,
    handlers: GraphHandlers,
    renderer: RendererName = 'canvas',
    private readonly serverLayout?: ServerLayout,
  ) {
    this.cy = cytoscape({
      container,
      style: graphStyle(this.edges),
      minZoom: 0.05,
      maxZoom: 4,
      // Cytoscape reads renderer options from the top level too; only this form is in its type definitions.
      webgl: renderer === 'webgl',
    });
    this.mark = new SelectionMark(this.cy);
    this.cy.on('tapstart', 'node', (event) => handlers.onNodePress(tappedId(event)));
    // Cytoscape emits the tap right after this, in the same handler: a timer runs after it.
    this.cy.on('tapend', () => setTimeout(() => handlers.onPressEnd(), 0));
    this.cy.on('tap', 'node', (event) => {
      this.lastNodeTap = tappedId(event);
      handlers.onNodeTap(this.lastNodeTap);
    });
    this.cy.on('tap', 'edge', () => (this.lastNodeTap = null));
    // The browser's own dblclick (its click count), not Cytoscape's timer, so a busy machine cannot lose it.
    container.addEventListener('dblclick', (event) => {
      const hit = this.nodeAt(event.clientX, event.clientY) ?? this.lastNodeTap;
      if (hit) handlers.onNodeDoubleTap(hit);
    });
    this.cy.on('cxttap', 'node', (event) =>
      handlers.onNodeMenu(tappedId(event), {
        x: event.originalEvent instanceof MouseEvent ? event.originalEvent.clientX : 0,
        y: event.originalEvent instanceof MouseEvent ? event.originalEvent.clientY : 0,
      }),
    );
    this.cy.on('dragfree', 'node', (event) => {
      const { x, y } = (event.target as NodeSingular).position();
      handlers.onNodeMoved(tappedId(event), [Math.round(x), Math.round(y)]);
    });
    this.cy.on('tap', 'edge', (event) => handlers.onEdgeTap(tappedId(event)));
    this.cy.on('tap', (event) => {
      if (event.target !== this.cy) return;
      const hit = this.large ? this.hit(event.position) : null;
      this.lastNodeTap = hit?.kind === 'node' ? hit.id : null;
      if (hit?.kind === 'node') handlers.onNodeTap(hit.id);
      else if (hit?.kind === 'edge') handlers.onEdgeTap(hit.id);
      else handlers.onBackgroundTap();
    });
    this.bindLargePointer(handlers);
    window.__cy = this.cy;
  }

  /**
   * Draws the view: removes what left, adds what came, places nodes from the state or remembered positions, and
   * lays out only nodes without a place (everything when the layout was chosen again). Resolves when still. A large
   * view laid out afresh asks the server for positions first and adds every element once, already in place, so the
   * page never draws (or styles) thousands of elements piled at the origin while it waits.
   */
  async sync(
    graph: GraphElements,
    state: ViewState,
    remembered: Positions,
    anchor: string | null,
    expanded: ReadonlySet<string>,
  ): Promise<void> {
    const epoch = ++this.syncs;
    const definitions = toDefinitions(graph, state.sizeBy);
    const relayout = state.layoutEpoch !== this.layoutEpoch && this.layoutEpoch !== -1;
    const placeOf = (id: string): [number, number] | undefined =>
      state.pinned.get(id) ?? state.moved.get(id) ?? remembered[id];
    const fresh = relayout || !definitions.some((d) => d.group === 'nodes' && this.hasPlace(d.data.id ?? '', placeOf));
    let server: Positions | null = null;
    if (fresh && laidOutByServer(state.layout, definitions.length)) {
      server = await this.askServer(definitions);
      // A later draw began while the server worked: it owns the drawing now.
      if (epoch !== this.syncs) return;
    }
    const placeAt = (id: string): [number, number] | undefined => state.pinned.get(id) ?? server?.[id] ?? placeOf(id);
    const wasEmpty = this.cy.nodes().empty();
    const placed = this.place(definitions, state, placeAt, anchor, expanded);
    tuneRenderer(this.cy, this.cy.elements().length);
    this.layoutEpoch = state.layoutEpoch;
    const unplaced = this.cy.nodes().filter((node) => !placed.has(node.id()));
    if (server || (unplaced.empty() && !relayout)) {
      // A link opened afresh places every node itself: show them, wherever the layout that made them put them.
      if (server || (wasEmpty && this.cy.nodes().nonempty())) this.fit();
      return;
    }
    const fixed = relayout ? [...state.pinned.keys()] : [...placed];
    await this.runLayout(layoutOptions(state.layout, this.cy.elements().length, fixed, this.cy, fresh));
    if (fresh || !this.allInView()) this.fit();
  }

  /** Whether a node has somewhere to stand without a layout: a place in the state or link, or already drawn. */
  private hasPlace(id: string, placeOf: (id: string) => [number, number] | undefined): boolean {
    return placeOf(id) !== undefined || this.placed.has(id);
  }

  /**
   * Makes the drawing hold `definitions` in one batch (new elements added together, with their positions), and
   * returns the nodes that have a place; the rest stand near `anchor` (or at the origin) for the layout to move.
   */
  private place(
    definitions: ElementDefinition[],
    state: ViewState,
    placeAt: (id: string) => [number, number] | undefined,
    anchor: string | null,
    expanded: ReadonlySet<string>,
  ): Set<string> {
    const wanted = new Set(definitions.map((d) => d.data.id));
    const placed = new Set<string>();
    const anchorAt = anchor ? { ...this.cy.getElementById(anchor).position() } : undefined;
    this.cy.batch(() => {
      const gone = this.cy.elements().filter((element) => !wanted.has(element.id()));
      gone.nodes().forEach((node) => void this.placed.delete(node.id()));
      gone.remove();
      this.drawEdges(edgeDrawing(definitions.length));
      const added: ElementDefinition[] = [];
      for (const definition of definitions) {
        const id = definition.data.id ?? '';
        const existing = this.cy.getElementById(id);
        if (existing.nonempty()) {
          existing.data(definition.data);
          continue;
        }
        if (definition.group === 'nodes') {
          const at = placeAt(id);
          if (at) definition.position = { x: at[0], y: at[1] };
          else if (anchorAt)
            definition.position = { x: anchorAt.x + Math.random() * 40 - 20, y: anchorAt.y + Math.random() * 40 - 20 };
          const classes = [state.pinned.has(id) ? 'pinned' : '', expanded.has(id) ? 'expanded' : ''].join(' ').trim();
          if (classes) definition.classes = classes;
          if (at) placed.add(id);
        }
        added.push(definition);
      }
      const fresh = new Set(added.map((d) => d.data.id));
      this.cy.add(added);
      this.cy.nodes().forEach((node) => {
        const id = node.id();
        const pinned = state.pinned.has(id);
        if (!fresh.has(id)) {
          const at = placeAt(id);
          node.unlock();
          if (at) {
            const now = node.position();
            if (now.x !== at[0] || now.y !== at[1]) node.position({ x: at[0], y: at[1] });
          }
          // A node drawn before keeps its place unless the view gives it another.
          placed.add(id);
          if (node.hasClass('pinned') !== pinned) node.toggleClass('pinned', pinned);
          if (node.hasClass('expanded') !== expanded.has(id)) node.toggleClass('expanded', expanded.has(id));
        }
        this.placed.add(id);
        if (pinned) node.lock();
      });
    });
    return placed;
  }

  /** Changes the stylesheet only when the way of drawing edges changes, since that restyles every element. */
  private drawEdges(drawing: EdgeDrawing): void {
    if (drawing === this.edges) return;
    this.edges = drawing;
    this.cy.style().fromJson(graphStyle(drawing)).update();
  }

  /** Fits the view, but never blows a handful of nodes up past 1.5×; a large view is fitted from positions alone. */
  private fit(): void {
    if (this.cy.elements().length > LARGE_VIEW) {
      const extents = this.cy.nodes().map((node) => ({ ...node.position(), size: Number(node.data('size')) || 0 }));
      const viewport = fitViewport(extents, this.cy.width(), this.cy.height(), 50, {
        min: this.cy.minZoom(),
        max: 1.5,
      });
      if (viewport) this.cy.viewport(viewport);
      return;
    }
    this.cy.fit(undefined, 50);
    if (this.cy.zoom() <= 1.5) return;
    this.cy.zoom(1.5);
    this.cy.center();
  }

  /** Whether every node is inside the visible area, so new neighbours are never laid out off screen unseen. */
  private allInView(): boolean {
    const box = this.cy.nodes().boundingBox({});
    const view = this.cy.extent();
    return box.x1 >= view.x1 && box.y1 >= view.y1 && box.x2 <= view.x2 && box.y2 <= view.y2;
  }

  /**
   * The server's positions for a view about to be drawn, from its definitions (nothing is in the drawing yet); null if
   * the server could not answer, so fcose lays the view out instead (slower, but the view is still drawn).
   */
  private async askServer(definitions: readonly ElementDefinition[]): Promise<Positions | null> {
    if (!this.serverLayout) return null;
    const nodes: string[] = [];
    for (const d of definitions) if (d.group === 'nodes') nodes.push(d.data.id ?? '');
    const index = new Map(nodes.map((id, i) => [id, i]));
    const edges: [number, number][] = [];
    for (const d of definitions) {
      if (d.group !== 'edges') continue;
      const source = index.get(String(d.data['source']));
      const target = index.get(String(d.data['target']));
      if (source !== undefined && target !== undefined) edges.push([source, target]);
    }
    try {
      return (await this.serverLayout({ nodes, edges })).positions;
    } catch {
      return null;
    }
  }

  private runLayout(options: LayoutOptions): Promise<void> {
    const layout = this.cy.layout(options);
    const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layout.run();
    return done;
  }

  /** The topmost node drawn under a point of the page, found from the view's pan and zoom. */
  private nodeAt(clientX: number, clientY: number): string | null {
    const box = this.cy.container()?.getBoundingClientRect();
    if (!box) return null;
    const pan = this.cy.pan();
    const zoom = this.cy.zoom();
    const hit = hitAt(
      (clientX - box.left - pan.x) / zoom,
      (clientY - box.top - pan.y) / zoom,
      zoom,
      this.hitNodes(),
      [],
    );
    return hit?.id ?? null;
  }

  /** Whether the view is drawn as a large one: plain edges, no element Cytoscape reacts to (see `graphStyle`). */
  get large(): boolean {
    return this.edges === 'plain';
  }

  private *hitNodes(): Generator<HitNode> {
    for (const node of this.cy.nodes()) {
      const { x, y } = node.position();
      yield { id: node.id(), x, y, size: Number(node.data('size')) || 0 };
    }
  }

  private *hitEdges(): Generator<HitEdge> {
    for (const edge of this.cy.edges()) {
      const from = edge.source().position();
      const to = edge.target().position();
      yield { id: edge.id(), x1: from.x, y1: from.y, x2: to.x, y2: to.y, width: Number(edge.data('width')) || 1 };
    }
  }

  /** What a pointer at a point of the graph reaches, found by the viewer itself (a large view's elements take no events). */
  private hit(at: { x: number; y: number }): Hit | null {
    return hitAt(at.x, at.y, this.cy.zoom(), this.hitNodes(), this.hitEdges());
  }

  /**
   * A large view's elements take no pointer events, so that Cytoscape neither scans all of them on every mouse move
   * nor restyles the pressed node (`:active`), which would redraw everything: the view finds what a press, a click or
   * a right click reached itself, and moves a pressed node with the pointer, as Cytoscape does in a small view.
   */
  private bindLargePointer(handlers: GraphHandlers): void {
    this.cy.on('tapstart', (event) => {
      if (event.target !== this.cy || !this.large) return;
      const hit = this.hit(event.position);
      if (hit?.kind !== 'node') return;
      const at = this.cy.getElementById(hit.id).position();
      const from = { ...event.position };
      this.pressing = { id: hit.id, from, dx: at.x - from.x, dy: at.y - from.y, moved: false };
      // Pressing a node never pans the view nor starts a box selection, as in a small view.
      this.cy.userPanningEnabled(false);
      this.cy.boxSelectionEnabled(false);
      handlers.onNodePress(hit.id);
    });
    this.cy.on('tapdrag', (event) => {
      const pressing = this.pressing;
      if (!pressing || event.target !== this.cy) return;
      const node = this.cy.getElementById(pressing.id);
      if (node.empty() || node.locked()) return;
      // A press that wanders less than a tap may is still a click, as Cytoscape counts it.
      const screenPx =
        Math.hypot(event.position.x - pressing.from.x, event.position.y - pressing.from.y) * this.cy.zoom();
      if (!pressing.moved && screenPx < TAP_SLACK_PX) return;
      pressing.moved = true;
      node.position({ x: event.position.x + pressing.dx, y: event.position.y + pressing.dy });
    });
    this.cy.on('tapend', () => {
      const pressing = this.pressing;
      if (!pressing) return;
      this.pressing = null;
      this.cy.userPanningEnabled(true);
      this.cy.boxSelectionEnabled(true);
      const node = this.cy.getElementById(pressing.id);
      if (!pressing.moved || node.empty()) return;
      const { x, y } = node.position();
      handlers.onNodeMoved(pressing.id, [Math.round(x), Math.round(y)]);
    });
    this.cy.on('cxttap', (event) => {
      if (event.target !== this.cy || !this.large) return;
      const hit = this.hit(event.position);
      if (hit?.kind !== 'node') return;
      const original = event.originalEvent;
      handlers.onNodeMenu(hit.id, {
        x: original instanceof MouseEvent ? original.clientX : 0,
        y: original instanceof MouseEvent ? original.clientY : 0,
      });
    });
  }

  positions(): Positions {
    const out: Positions = {};
    this.cy.nodes().forEach((node) => {
      const { x, y } = node.position();
      out[node.id()] = [Math.round(x), Math.round(y)];
    });
    return out;
  }

  /**
   * Selects one element (and nothing else) so the user sees what the details panel describes; a large view marks it
   * over the canvas instead (see `SelectionMark`), so selecting restyles no element.
   */
  select(id: string | null): void {
    if (this.large) {
      this.cy.$(':selected').unselect();
      this.mark.show(id);
      return;
    }
    this.mark.show(null);
    this.cy.$(':selected').unselect();
    if (id) this.cy.getElementById(id).select();
  }

  /** Marks the edges of a found path so they stand out. */
  markPath(edgeIds: readonly string[]): void {
    this.cy.edges().removeClass('path-hop');
    for (const id of edgeIds) this.cy.getElementById(id).addClass('path-hop');
  }

  clear(): void {
    this.cy.elements().remove();
    this.placed.clear();
  }

  resize(): void {
    this.cy.resize();
  }
}

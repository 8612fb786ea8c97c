import type { GraphElements } from '@newsgraph/schema';
import { ActionHistory } from './action-history';
import type { GraphView, Positions } from './graph-view';
import { combine, ElementCache, type SourceLoader } from './view-elements';
import { subjectOf, type Action, type ViewState } from './view-log';
import { viewHref, type SharedView } from './view-url';

export interface ViewListener {
  /** The drawing now shows `graph` for `state`. */
  onDrawn(graph: GraphElements, state: ViewState): void;
  /** The selection changed (after a draw too): an entity id, an edge key, or nothing. */
  onSelect(id: string | null, graph: GraphElements): void;
  /** The address bar was written after the selection it follows (a large view's). */
  onAddress(): void;
  onBusy(busy: boolean): void;
  onError(error: unknown): void;
}

type UrlMode = 'push' | 'replace' | 'none';

/** Holds the action log and keeps the drawing, the selection and the address bar in step with it. */
export class ViewController {
  readonly history = new ActionHistory();
  private readonly cache: ElementCache;
  private graph: GraphElements = { nodes: [], edges: [], truncated: false };
  private selected: string | null = null;
  /** Where nodes stood at each point of the log, so undo puts them back. */
  private readonly snapshots = new Map<number, Positions>();
  private remembered: Positions = {};
  private drawing: AbortController | undefined;
  /** A selection whose address is still to be written (a large view writes it after the frame that shows it). */
  private addressPending = false;
  /** Settles when the latest draw has finished, for callers (and tests) that must wait for it. */
  idle: Promise<void> = Promise.resolve();

  constructor(
    private readonly view: GraphView,
    load: SourceLoader,
    private readonly listener: ViewListener,
  ) {
    this.cache = new ElementCache(load);
  }

  get current(): GraphElements {
    return this.graph;
  }

  get state(): ViewState {
    return this.history.state;
  }

  get selection(): string | null {
    return this.selected;
  }

  /** Settles once no draw is pending, however many were started while it waited. */
  async settled(): Promise<void> {
    for (let idle = this.idle; ; idle = this.idle) {
      await idle;
      if (idle === this.idle) return;
    }
  }

  /** Records an action and draws its result; the new view gets its own entry in the browser's history. */
  do(action: Action, anchor: string | null = null): Promise<void> {
    this.snapshots.set(this.history.position, this.view.positions());
    this.history.push(action);
    this.remembered = this.view.positions();
    if (action.a === 'open') this.selected = action.id;
    return this.draw('push', anchor);
  }

  undo(): Promise<void> {
    return this.move(() => this.history.undo());
  }

  redo(): Promise<void> {
    return this.move(() => this.history.redo());
  }

  private move(go: () => boolean): Promise<void> {
    const before = this.history.position;
    const positions = this.view.positions();
    if (!go()) return this.idle;
    this.snapshots.set(before, positions);
    this.remembered = this.snapshots.get(this.history.position) ?? positions;
    return this.draw('push', null);
  }

  /** Shows a shared view (a link, or the browser going back or forward) exactly: its log, positions and selection. */
  restore(shared: SharedView, mode: UrlMode = 'replace'): Promise<void> {
    this.history.reset(shared.log);
    this.snapshots.clear();
    this.remembered = shared.positions;
    this.selected = shared.selected;
    return this.draw(mode, null);
  }

  /**
   * Selects an entity or relation; the address bar follows without a new history entry. A large view's address (every
   * node's place, 169 kB at 5,000 nodes) takes tens of milliseconds to write, so it is written after the next frame.
   */
  select(id: string | null): void {
    this.selected = id;
    this.view.select(id);
    if (this.view.large) this.writeUrlAfterFrame();
    else this.writeUrl('replace');
    this.listener.onSelect(id, this.graph);
  }

  /** Writes a put-off address now, so what reads the address next (Copy link) gets the view as shown. */
  settleAddress(): void {
    if (this.addressPending) this.writeUrl('replace');
  }

  private writeUrlAfterFrame(): void {
    if (this.addressPending) return;
    this.addressPending = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (!this.addressPending) return;
        this.writeUrl('replace');
        this.listener.onAddress();
      }, 0),
    );
  }

  /** Forgets loaded neighbourhoods and draws again, after the graph itself changed. */
  reload(): Promise<void> {
    this.cache.clear();
    this.remembered = this.view.positions();
    return this.draw('replace', null);
  }

  /** The view as a link: the log in force, every node's place and the selection. */
  shared(): SharedView {
    return { log: this.history.log, positions: this.view.positions(), selected: this.selected };
  }

  private draw(mode: UrlMode, anchor: string | null): Promise<void> {
    this.drawing?.abort();
    const controller = new AbortController();
    this.drawing = controller;
    this.idle = this.drawNow(mode, anchor, controller);
    return this.idle;
  }

  private async drawNow(mode: UrlMode, anchor: string | null, controller: AbortController): Promise<void> {
    const state = this.history.state;
    // A function, not the property, so the compiler does not assume it stays false across awaits.
    const stale = (): boolean => controller.signal.aborted;
    this.listener.onBusy(true);
    try {
      const parts = await this.cache.all(state, controller.signal);
      if (stale()) return;
      const graph = combine(state, parts, subjectOf(state));
      const expanded = new Set(state.sources.flatMap((s, i) => (i > 0 && s.kind === 'neighbourhood' ? [s.id] : [])));
      await this.view.sync(graph, state, this.remembered, anchor, expanded);
      if (stale()) return;
      this.graph = graph;
      const present =
        graph.nodes.some((n) => n.data.id === this.selected) || graph.edges.some((e) => e.data.id === this.selected);
      if (!present) this.selected = null;
      this.view.select(this.selected);
      this.writeUrl(mode);
      this.listener.onDrawn(graph, state);
      this.listener.onSelect(this.selected, graph);
    } catch (error) {
      if (!controller.signal.aborted) this.listener.onError(error);
    } finally {
      if (!controller.signal.aborted) this.listener.onBusy(false);
    }
  }

  private writeUrl(mode: UrlMode): void {
    this.addressPending = false;
    if (mode === 'none') return;
    const href = viewHref(window.location.pathname, window.location.search, this.shared());
    if (href === `${window.location.pathname}${window.location.search}`) return;
    if (mode === 'push') window.history.pushState(null, '', href);
    else window.history.replaceState(null, '', href);
  }
}

// Functions run inside the viewer's page (playwright serialises them), so each stands alone: no imports, no closures.

/** The slice of Cytoscape's core and canvas renderer (not public API) that the measurements read. */
interface BenchCy {
  nodes(): { length: number; map<T>(fn: (node: BenchNode) => T): T[] };
  edges(): { length: number };
  container(): HTMLElement | null;
  $(selector: string): { map<T>(fn: (element: { id(): string }) => T): T[] };
  renderer(): {
    requestedFrame: boolean;
    redrawCount?: number;
    redrawTotalTime?: number;
    hideEdgesOnViewport: boolean;
    textureOnViewport: boolean;
    webgl?: boolean;
    hoverData: { dragging: boolean };
    findNearestElement(x: number, y: number, interactiveOnly: boolean, isTouch: boolean): { id(): string } | undefined;
  };
  pan(): { x: number; y: number };
  zoom(): number;
  one(events: string, selector: string, handler: () => void): void;
}
interface BenchNode {
  id(): string;
  renderedPosition(): { x: number; y: number };
}
interface BenchGlobals {
  __cy?: BenchCy;
  __viewIdle?: () => Promise<void>;
  __bench?: {
    idle: boolean;
    firstDrawAt?: number;
    graphArrivedAt?: number;
    selectedAtFrame?: number;
    markDrawn?: boolean;
  };
}

/**
 * Installed before the viewer loads: records when the view is first drawn complete, i.e. the first frame after the
 * viewer's own draw finished (loads, parsing, layout) with all `nodes` present and no redraw pending. Times are
 * milliseconds since the page started to load.
 */
export function watchFirstDraw(nodes: number): void {
  const g = globalThis as BenchGlobals;
  g.__bench = { idle: false };
  const bench = g.__bench;
  let waiting = false;
  const tick = (): void => {
    const cy = g.__cy;
    if (!waiting && typeof g.__viewIdle === 'function' && cy && cy.nodes().length === nodes) {
      waiting = true;
      void g.__viewIdle().then(() => (bench.idle = true));
    }
    if (bench.idle && cy && !cy.renderer().requestedFrame) {
      bench.firstDrawAt = performance.now();
      const graph = performance.getEntriesByType('resource').find((entry) => entry.name.includes('/api/graph?'));
      if (graph instanceof PerformanceResourceTiming) bench.graphArrivedAt = graph.responseEnd;
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** What is drawn and how the renderer is set, read after the first draw. */
export function drawnState(): {
  nodes: number;
  edges: number;
  webgl: boolean;
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
  zoom: number;
} {
  const cy = (globalThis as BenchGlobals).__cy;
  if (!cy) throw new Error('the viewer exposed no Cytoscape instance');
  const r = cy.renderer();
  return {
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    webgl: r.webgl === true,
    hideEdgesOnViewport: r.hideEdgesOnViewport,
    textureOnViewport: r.textureOnViewport,
    zoom: cy.zoom(),
  };
}

/**
 * Drags the view with the mouse from an empty spot for `ms` (a mouse event each animation frame, as a hand moves),
 * and counts the frames Cytoscape drew meanwhile. Synthetic events, so the page's frame rate is not bounded by the
 * round trips of driving the browser from outside.
 */
export function dragPan(
  ms: number,
): Promise<{ frames: number; seconds: number; meanDrawMs: number; dragging: boolean; moved: boolean }> {
  const cy = (globalThis as BenchGlobals).__cy;
  const container = cy?.container();
  if (!cy || !container) throw new Error('the viewer exposed no Cytoscape instance');
  const r = cy.renderer();
  const box = container.getBoundingClientRect();
  // A corner of the fitted view holds no element (the fit leaves 50 px of padding); Cytoscape's hit test confirms it.
  const corners = [
    [box.left + 10, box.top + 10],
    [box.right - 10, box.top + 10],
    [box.left + 10, box.bottom - 10],
    [box.right - 10, box.bottom - 10],
  ];
  const empty = corners.find(([x = 0, y = 0]) => {
    const pan = cy.pan();
    const zoom = cy.zoom();
    return !r.findNearestElement((x - box.left - pan.x) / zoom, (y - box.top - pan.y) / zoom, true, false);
  });
  if (!empty) throw new Error('no empty spot to start dragging from');
  const [startX = 0, startY = 0] = empty;
  const target = container.querySelector('canvas') ?? container;
  const mouse = (type: string, x: number, y: number, on: EventTarget): void => {
    on.dispatchEvent(
      new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0, buttons: 1 }),
    );
  };
  return new Promise((resolve) => {
    mouse('mousedown', startX, startY, target);
    const frames0 = r.redrawCount ?? 0;
    const time0 = r.redrawTotalTime ?? 0;
    const started = performance.now();
    // A copy: pan() hands out the live object.
    const pan0 = { ...cy.pan() };
    let moved = false;
    let step = 0;
    let dragging = false;
    const move = (): void => {
      const now = performance.now();
      // At least 30 moves, so a view too slow to follow in `ms` is still dragged (and measured) properly.
      if (now - started >= ms && step >= 30) {
        mouse('mouseup', startX + step * 3, startY + step * 2, window);
        const frames = (r.redrawCount ?? 0) - frames0;
        resolve({
          frames,
          seconds: (now - started) / 1000,
          meanDrawMs: frames > 0 ? ((r.redrawTotalTime ?? 0) - time0) / frames : 0,
          dragging,
          moved,
        });
        return;
      }
      step += 1;
      // Back and forth, so a long drag never carries the graph out of sight.
      const phase = step % 200 < 100 ? step % 200 : 200 - (step % 200);
      mouse('mousemove', startX + phase * 3, startY + phase * 2, window);
      dragging ||= r.hoverData.dragging;
      moved ||= cy.pan().x !== pan0.x;
      requestAnimationFrame(move);
    };
    requestAnimationFrame(move);
  });
}

/**
 * Waits until the renderer has asked for no frame for `quietMs` (it keeps refining its caches after the first
 * draw), at most `maxMs`; resolves with how long that took.
 */
export function settle(args: { quietMs: number; maxMs: number }): Promise<number> {
  const cy = (globalThis as BenchGlobals).__cy;
  if (!cy) throw new Error('the viewer exposed no Cytoscape instance');
  const r = cy.renderer();
  const started = performance.now();
  let quietSince = started;
  return new Promise((resolve) => {
    const tick = (): void => {
      const now = performance.now();
      if (r.requestedFrame) quietSince = now;
      if (now - quietSince >= args.quietMs || now - started >= args.maxMs) return resolve(now - started);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** A node drawn near the middle of the view that a click there reaches (by Cytoscape's hit test), in page pixels. */
export function nodeToClick(): { id: string; x: number; y: number } | null {
  const cy = (globalThis as BenchGlobals).__cy;
  const container = cy?.container();
  if (!cy || !container) return null;
  const box = container.getBoundingClientRect();
  const pan = cy.pan();
  const zoom = cy.zoom();
  const r = cy.renderer();
  const middle = { x: box.width / 2, y: box.height / 2 };
  const byDistance = cy
    .nodes()
    .map((node) => ({ id: node.id(), at: node.renderedPosition() }))
    .sort(
      (a, b) => Math.hypot(a.at.x - middle.x, a.at.y - middle.y) - Math.hypot(b.at.x - middle.x, b.at.y - middle.y),
    );
  for (const { id, at } of byDistance.slice(0, 50)) {
    // Every element, not only those that take pointer events: a large view's take none and are hit by the viewer.
    const hit = r.findNearestElement((at.x - pan.x) / zoom, (at.y - pan.y) / zoom, false, false);
    if (hit?.id() === id) return { id, x: box.left + at.x, y: box.top + at.y };
  }
  return null;
}

/** The ids Cytoscape has selected, or the one a large view marks over its canvas. */
export function selectedIds(): string[] {
  const selected = (globalThis as BenchGlobals).__cy?.$(':selected').map((element) => element.id()) ?? [];
  const marked = document
    .querySelector('[data-testid="selection-mark"]:not([hidden])')
    ?.getAttribute('data-selected-id');
  return marked ? [...selected, marked] : selected;
}

/** How many frames the renderer has drawn so far and the milliseconds they took. */
export function redrawTally(): { count: number; ms: number } {
  const r = (globalThis as BenchGlobals).__cy?.renderer();
  return { count: r?.redrawCount ?? 0, ms: r?.redrawTotalTime ?? 0 };
}

/**
 * Before a click: notes how many frames the renderer had drawn when a node is next selected, or, in a large view that
 * marks its selection over the canvas, that a frame has begun since the mark was placed.
 */
export function watchSelection(): void {
  const g = globalThis as BenchGlobals;
  const cy = g.__cy;
  if (!cy || !g.__bench) throw new Error('the viewer exposed no Cytoscape instance');
  const bench = g.__bench;
  delete bench.selectedAtFrame;
  delete bench.markDrawn;
  cy.one('select', 'node', () => (bench.selectedAtFrame = cy.renderer().redrawCount ?? 0));
  const mark = document.querySelector('[data-testid="selection-mark"]');
  if (!mark) return;
  const before = mark.getAttribute('data-selected-id');
  new MutationObserver((_, observer) => {
    const now = mark.hasAttribute('hidden') ? null : mark.getAttribute('data-selected-id');
    if (!now || now === before) return;
    observer.disconnect();
    requestAnimationFrame(() => (bench.markDrawn = true));
  }).observe(mark, { attributes: true });
}

/** Whether the selection `watchSelection` saw has been drawn: a renderer frame since it, or a frame with its mark. */
export function selectionDrawn(): boolean {
  const g = globalThis as BenchGlobals;
  if (g.__bench?.markDrawn) return true;
  const at = g.__bench?.selectedAtFrame;
  return at !== undefined && (g.__cy?.renderer().redrawCount ?? 0) > at;
}

/** When each step of a click happened, in ms since the page started, as `watchClickSteps` records them. */
export interface ClickSteps {
  steps: [string, number][];
  /** Each frame the renderer drew after the press: when it ended and how long it took to draw (while recording, the renderer's total drawing time before it). */
  frames: [number, number][];
}

/**
 * Before a click: records when the press and release reach the page, when Cytoscape's tap and selection events run,
 * when the details panel shows a name, and every frame drawn (its end and its drawing time), for `clickSteps`.
 */
export function watchClickSteps(): void {
  const g = globalThis as BenchGlobals & { __clickSteps?: ClickSteps };
  const cy = g.__cy as (BenchCy & { on(events: string, handler: () => void): void }) | undefined;
  if (!cy) throw new Error('the viewer exposed no Cytoscape instance');
  const record: ClickSteps = { steps: [], frames: [] };
  g.__clickSteps = record;
  const step = (what: string): number => record.steps.push([what, performance.now()]);
  for (const type of ['mousedown', 'mouseup'])
    window.addEventListener(type, () => g.__clickSteps === record && step(type), { capture: true, once: true });
  cy.one('tapstart', 'node', () => step('tapstart'));
  cy.one('tap', 'node', () => step('tap'));
  cy.one('select', 'node', () => step('select'));
  const r = cy.renderer();
  // Cytoscape adds a frame's time to its total after the frame's render event: kept as the total so far here.
  cy.on('render', () => {
    if (g.__clickSteps === record) record.frames.push([performance.now(), r.redrawTotalTime ?? 0]);
  });
  const details = document.getElementById('details');
  if (details)
    new MutationObserver((_, observer) => {
      if (!details.querySelector('[data-testid="details-name"][data-entity-id]')) return;
      step('details shown');
      observer.disconnect();
    }).observe(details, { childList: true, subtree: true });
}

/** What `watchClickSteps` recorded, times relative to the press reaching the page. */
export function clickSteps(): ClickSteps | null {
  const g = globalThis as BenchGlobals & { __clickSteps?: ClickSteps };
  const record = g.__clickSteps;
  const start = record?.steps.find(([what]) => what === 'mousedown')?.[1];
  if (!record || start === undefined) return null;
  const totals = [...record.frames.map(([, total]) => total), g.__cy?.renderer().redrawTotalTime ?? 0];
  return {
    steps: record.steps.map(([what, at]) => [what, Math.round(at - start)]),
    frames: record.frames.map(([at], i) => [
      Math.round(at - start),
      Math.round((totals[i + 1] ?? 0) - (totals[i] ?? 0)),
    ]),
  };
}

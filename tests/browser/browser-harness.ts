import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { createApp, listen } from '@newsgraph/api';
import type { GraphStore } from '@newsgraph/graph-store';
import pino from 'pino';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The slice of the Cytoscape API the tests read; the page exposes its instance as `window.__cy`. */
interface CyLike {
  nodes(selector?: string): {
    map<T>(fn: (node: { id(): string; position(): { x: number; y: number } }) => T): T[];
    first(): { id(): string };
  };
  $(selector: string): { map<T>(fn: (element: { id(): string }) => T): T[] };
  edges(): { map<T>(fn: (edge: { data(key: string): unknown }) => T): T[] };
  getElementById(id: string): {
    empty(): boolean;
    locked(): boolean;
    renderedPosition(): { x: number; y: number };
    renderedMidpoint(): { x: number; y: number };
    renderedHeight(): number;
    renderedWidth(): number;
  };
  pan(): { x: number; y: number };
  zoom(): number;
  /** Cytoscape's renderer, whose hit test (not public API) tells which element a click at a point reaches. */
  renderer(): {
    findNearestElement(x: number, y: number, interactiveOnly: boolean, isTouch: boolean): { id(): string } | undefined;
  };
  container(): { getBoundingClientRect(): { left: number; top: number } } | null;
}

export const VIEWER_DIR = join(__dirname, '..', '..', 'packages', 'viewer', 'dist');

/** Builds the viewer once when `pnpm test` has not already done so. */
export function ensureViewerBuilt(): void {
  if (existsSync(join(VIEWER_DIR, 'index.html'))) return;
  execSync('pnpm --filter @newsgraph/viewer run build', { cwd: join(__dirname, '..', '..'), stdio: 'inherit' });
}

/** Serves the API and the built viewer on a free local port. */
export async function serve(store: GraphStore): Promise<{ server: Server; baseUrl: string }> {
  const app = createApp({ store, logger: pino({ level: 'silent' }), viewerDir: VIEWER_DIR });
  const server = await listen(app, 0, '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  return { server, baseUrl: `http://127.0.0.1:${port}` };
}

/** Stops the server, dropping the browser's keep-alive and in-flight connections rather than waiting for them. */
export function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

/** What a browser suite starts; its beforeAll may have stopped part-way, leaving any of them unset. */
export interface Started {
  browser?: Browser | undefined;
  server?: Server | undefined;
  ingester?: { close(): Promise<void> } | undefined;
  store?: GraphStore | undefined;
}

/** Stops what a suite started, the browser first and the store last, passing over what never started. */
export async function stopStarted(started: Started): Promise<void> {
  await started.browser?.close();
  if (started.server) await close(started.server);
  await started.ingester?.close();
  await started.store?.close();
}

/** Debian's Chromium, headless, with nothing that phones home; playwright gives each launch a fresh profile. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

// Functions passed to page.evaluate run in the browser, so each reads the instance inline (no closures).

/** Id of the node the viewer marks as focus, read from the Cytoscape instance the page exposes. */
export function focusId(page: Page): Promise<string | null> {
  return page.evaluate(() => (globalThis as { __cy?: CyLike }).__cy?.nodes('[?focus]').first().id() ?? null);
}

export function nodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => ((globalThis as { __cy?: CyLike }).__cy?.nodes().map((node) => node.id()) ?? []).sort());
}

export function edgeLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    ((globalThis as { __cy?: CyLike }).__cy?.edges().map((edge) => String(edge.data('label'))) ?? []).sort(),
  );
}

/** Waits until the graph is drawn around `id` and laid out, so every node stands where a click will find it. */
export async function waitForFocus(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (expected) => (globalThis as { __cy?: CyLike }).__cy?.nodes('[?focus]').first().id() === expected,
    id,
    { timeout: 15000 },
  );
  await waitForIdle(page);
}

/**
 * Where an element is drawn on the page and a click would reach it, so the test can click it like a user. Candidate
 * points around the element's centre are tried in turn and the first that Cytoscape's own hit test gives to this
 * element is used: its polygon test misses a point level with a diamond's or star's side corners (a node at a
 * whole-number position has its centre exactly there), and a neighbour's label may cover part of a node.
 */
async function pagePoint(page: Page, id: string, kind: 'node' | 'edge'): Promise<{ x: number; y: number }> {
  const found = await page.evaluate(
    ({ elementId, isEdge }) => {
      const cy = (globalThis as { __cy?: CyLike }).__cy;
      if (!cy) return 'no graph';
      const element = cy.getElementById(elementId);
      if (element.empty()) return 'not drawn';
      const box = cy.container()?.getBoundingClientRect();
      if (!box) return 'no container';
      const at = isEdge ? element.renderedMidpoint() : element.renderedPosition();
      const reach = isEdge ? 0 : Math.min(element.renderedWidth(), element.renderedHeight()) * 0.2;
      const offsets = [
        [0, 0.75],
        [0, 0],
        [0, -0.75],
        [0.75, 0.5],
        [-0.75, 0.5],
        [0.5, -0.5],
        [-0.5, -0.5],
      ];
      const pan = cy.pan();
      const zoom = cy.zoom();
      const hits: string[] = [];
      for (const [dx, dy] of offsets) {
        const x = at.x + (dx ?? 0) * reach;
        const y = at.y + (dy ?? 0) * reach;
        const hit = cy.renderer().findNearestElement((x - pan.x) / zoom, (y - pan.y) / zoom, true, false);
        if (hit?.id() === elementId) return { x: box.left + x, y: box.top + y };
        hits.push(hit?.id() ?? 'nothing');
      }
      return `covered (hit instead: ${hits.join(', ')})`;
    },
    { elementId: id, isEdge: kind === 'edge' },
  );
  if (typeof found === 'string') throw new Error(`${kind} ${id} cannot be clicked: ${found}`);
  return found;
}

/** A new page that records uncaught errors and Content-Security-Policy violations into `errors`, for the test to check. */
export async function newWatchedPage(browser: Browser, errors: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) errors.push(message.text());
  });
  return page;
}

export async function clickNode(page: Page, id: string, clickCount: 1 | 2 = 1): Promise<void> {
  const { x, y } = await pagePoint(page, id, 'node');
  if (clickCount === 2) await page.mouse.dblclick(x, y);
  else await page.mouse.click(x, y);
}

export async function clickEdge(page: Page, id: string): Promise<void> {
  const { x, y } = await pagePoint(page, id, 'edge');
  await page.mouse.click(x, y);
}

/** The view the page's address holds (`?view=`, base64url JSON), as the viewer wrote it. */
export function viewInUrl(url: string): {
  log: { a: string; [key: string]: unknown }[];
  p: Record<string, [number, number]>;
  s: string | null;
} {
  const encoded = new URL(url).searchParams.get('view');
  if (!encoded) throw new Error(`no view in ${url}`);
  return JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as ReturnType<typeof viewInUrl>;
}

/** Waits until the viewer has drawn everything it was asked to (its loads and layouts done). */
export async function waitForIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => typeof (globalThis as { __viewIdle?: unknown }).__viewIdle === 'function');
  await page.evaluate(() => (globalThis as unknown as { __viewIdle: () => Promise<void> }).__viewIdle());
}

/** Every node's position in graph coordinates, rounded to whole pixels, by id. */
export function positions(page: Page): Promise<[string, number, number][]> {
  return page.evaluate(() =>
    (
      (globalThis as { __cy?: CyLike }).__cy?.nodes().map((node): [string, number, number] => {
        const at = node.position();
        return [node.id(), Math.round(at.x), Math.round(at.y)];
      }) ?? []
    ).sort((a, b) => a[0].localeCompare(b[0])),
  );
}

export function selectedIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () => (globalThis as { __cy?: CyLike }).__cy?.$(':selected').map((element) => element.id()) ?? [],
  );
}

export function isLocked(page: Page, id: string): Promise<boolean> {
  return page.evaluate(
    (nodeId) => (globalThis as { __cy?: CyLike }).__cy?.getElementById(nodeId).locked() ?? false,
    id,
  );
}

/** Waits until the node is drawn (or gone), then for the draw to finish: Cytoscape reports taps after the click returns. */
export async function waitForNode(page: Page, id: string, present = true): Promise<void> {
  await page.waitForFunction(
    ({ nodeId, wanted }) => (globalThis as { __cy?: CyLike }).__cy?.getElementById(nodeId).empty() === !wanted,
    { nodeId: id, wanted: present },
    { timeout: 15000 },
  );
  await waitForIdle(page);
}

/** Waits until exactly this element is selected. */
export async function waitForSelected(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (elementId) => {
      const selected = (globalThis as { __cy?: CyLike }).__cy?.$(':selected').map((element) => element.id()) ?? [];
      return selected.length === 1 && selected[0] === elementId;
    },
    id,
    { timeout: 15000 },
  );
}

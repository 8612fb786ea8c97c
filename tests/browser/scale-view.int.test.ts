import type { Server } from 'node:http';
import type { GraphStore } from '@newsgraph/graph-store';
import { freshStore } from '@newsgraph/graph-store/testing';
import type { Browser, Page } from 'playwright-core';
import {
  ensureViewerBuilt,
  launchChromium,
  positions,
  serve,
  stopStarted,
  viewInUrl,
  waitForIdle,
} from './browser-harness';
import { ringViewQuery, writeRingGraph } from './ring-graph';
import { seedArticles } from './seed-graph';

/** The large view: 5,000 entities and 10,000 relations, 15,000 elements. */
const SCALE = { nodes: 5000, edges: 10000 };

const QUERY = ringViewQuery('scale:');

interface CyForTest {
  nodes(): {
    length: number;
    map<T>(fn: (node: { id(): string; renderedPosition(): { x: number; y: number } }) => T): T[];
  };
  edges(): { length: number };
  $(selector: string): { length: number };
  pan(): { x: number; y: number };
  zoom(): number;
  container(): { getBoundingClientRect(): { left: number; top: number; width: number; height: number } } | null;
  renderer(): {
    findNearestElement(x: number, y: number, interactiveOnly: boolean, isTouch: boolean): { id(): string } | undefined;
  };
}

/**
 * A node near the middle of the screen and a point of the page on its centre where it is drawn on top (Cytoscape's
 * own hit test over every element, since a large view's elements take no pointer events and the viewer hits them).
 */
function nodeOnTop(page: Page): Promise<{ id: string; x: number; y: number } | null> {
  return page.evaluate(() => {
    const cy = (globalThis as { __cy?: CyForTest }).__cy;
    const box = cy?.container()?.getBoundingClientRect();
    if (!cy || !box) return null;
    const pan = cy.pan();
    const zoom = cy.zoom();
    const nearMiddle = cy
      .nodes()
      .map((node) => ({ id: node.id(), at: node.renderedPosition() }))
      .sort(
        (a, b) =>
          Math.hypot(a.at.x - box.width / 2, a.at.y - box.height / 2) -
          Math.hypot(b.at.x - box.width / 2, b.at.y - box.height / 2),
      );
    for (const { id, at } of nearMiddle.slice(0, 100)) {
      const hit = cy.renderer().findNearestElement((at.x - pan.x) / zoom, (at.y - pan.y) / zoom, false, false);
      if (hit?.id() === id) return { id, x: box.left + at.x, y: box.top + at.y };
    }
    return null;
  });
}

const markedId = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    const mark = document.querySelector('[data-testid="selection-mark"]');
    return mark && !mark.hasAttribute('hidden') ? mark.getAttribute('data-selected-id') : null;
  });

describe('a view of 5,000 entities and 10,000 relations (Chromium, real API and Neo4j)', () => {
  let store: GraphStore;
  let server: Server;
  let baseUrl: string;
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureViewerBuilt();
    store = await freshStore();
    await store.writeArticles(seedArticles());
    await writeRingGraph('scale:', 'Scale', SCALE.nodes);
    ({ server, baseUrl } = await serve(store));
    browser = await launchChromium();
  }, 120_000);

  afterAll(() => stopStarted({ browser, server, store }));

  async function openPage(url: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(url);
    await page.waitForFunction(() => (globalThis as { __cy?: CyForTest }).__cy?.nodes().length, null, {
      timeout: 240_000,
    });
    await waitForIdle(page);
    return page;
  }

  it('selects a clicked node, shows its details, and a link to the view restores both', async () => {
    const view = { v: 1, log: [{ a: 'cypher', query: QUERY }], p: {}, s: null };
    const page = await openPage(`${baseUrl}/?view=${Buffer.from(JSON.stringify(view)).toString('base64url')}`);
    const counts = await page.evaluate(() => {
      const cy = (globalThis as { __cy?: CyForTest }).__cy;
      return [cy?.nodes().length, cy?.edges().length];
    });
    expect(counts).toEqual([SCALE.nodes, SCALE.edges]);
    expect(await markedId(page)).toBeNull();

    const target = await nodeOnTop(page);
    if (!target) throw new Error('no node near the middle is drawn on top of the others');
    await page.mouse.click(target.x, target.y);
    await page.locator(`[data-testid="details-name"][data-entity-id="${target.id}"]`).waitFor({ timeout: 60_000 });
    await page.waitForFunction(
      (id) => document.querySelector('[data-testid="selection-mark"]')?.getAttribute('data-selected-id') === id,
      target.id,
      { timeout: 60_000 },
    );
    expect(await markedId(page)).toBe(target.id);
    // The address follows the selection once the frame showing it is drawn.
    await page.waitForFunction(
      (id) => {
        const encoded = new URL(window.location.href).searchParams.get('view') ?? '';
        const json = atob(encoded.replaceAll('-', '+').replaceAll('_', '/'));
        return (JSON.parse(json) as { s: string | null }).s === id;
      },
      target.id,
      { timeout: 30_000 },
    );
    const link = page.url();
    expect(viewInUrl(link).s).toBe(target.id);
    expect(Object.keys(viewInUrl(link).p)).toHaveLength(SCALE.nodes);
    const drawn = await positions(page);

    const fresh = await openPage(link);
    await fresh.locator(`[data-testid="details-name"][data-entity-id="${target.id}"]`).waitFor({ timeout: 60_000 });
    expect(await markedId(fresh)).toBe(target.id);
    expect(await positions(fresh)).toEqual(drawn);
    await fresh.close();
    await page.close();
    expect(pageErrors).toEqual([]);
  }, 600_000);
});

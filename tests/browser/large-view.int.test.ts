import type { Server } from 'node:http';
import type { GraphStore } from '@newsgraph/graph-store';
import { freshStore } from '@newsgraph/graph-store/testing';
import type { Browser, Page } from 'playwright-core';
import { ensureViewerBuilt, launchChromium, positions, serve, stopStarted, waitForIdle } from './browser-harness';
import { ringViewQuery, writeRingGraph } from './ring-graph';
import { seedArticles } from './seed-graph';

/** Entities and relations of the large made-up graph: 3,600 elements, above the viewer's 3,000 for server layouts. */
const LARGE = { nodes: 1200, edges: 2400 };

/** A view whose one source is a Cypher query, as a `?view=` link without positions (the viewer must place them). */
function cypherLink(baseUrl: string, query: string): string {
  const view = { v: 1, log: [{ a: 'cypher', query }], p: {}, s: null };
  return `${baseUrl}/?view=${Buffer.from(JSON.stringify(view)).toString('base64url')}`;
}

/** Installed before the viewer loads: records the name of every layout Cytoscape runs in the page. */
function recordLayouts(): void {
  const g = globalThis as { __cy?: unknown; __layoutsRun?: string[] };
  g.__layoutsRun = [];
  let cy: unknown;
  Object.defineProperty(g, '__cy', {
    configurable: true,
    get: () => cy,
    set: (value: { on(event: string, handler: (event: { layout: { options: { name: string } } }) => void): void }) => {
      cy = value;
      value.on('layoutstart', (event) => g.__layoutsRun?.push(event.layout.options.name));
    },
  });
}

describe('layouts chosen by view size (Chromium, real API and Neo4j)', () => {
  let store: GraphStore;
  let server: Server;
  let baseUrl: string;
  let browser: Browser;
  let page: Page;
  let layoutRequests: number;
  let pageErrors: string[];

  beforeAll(async () => {
    ensureViewerBuilt();
    store = await freshStore();
    await store.writeArticles(seedArticles());
    await writeRingGraph('large:', 'Large', LARGE.nodes);
    ({ server, baseUrl } = await serve(store));
    browser = await launchChromium();
  });

  afterAll(() => stopStarted({ browser, server, store }));

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    layoutRequests = 0;
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/layout') layoutRequests += 1;
    });
    await page.addInitScript(recordLayouts);
  });

  afterEach(async () => {
    await page.close();
    expect(pageErrors).toEqual([]);
  });

  const layoutsRun = (): Promise<string[]> =>
    page.evaluate(() => (globalThis as { __layoutsRun?: string[] }).__layoutsRun ?? []);

  it('places a large view where the server lays it out, without running fcose, the same on a second opening', async () => {
    const link = cypherLink(baseUrl, ringViewQuery('large:'));
    await page.goto(link);
    await page.waitForFunction(
      () => (globalThis as { __cy?: { nodes(): { length: number } } }).__cy?.nodes().length,
      null,
      {
        timeout: 120_000,
      },
    );
    await waitForIdle(page);
    const drawn = await positions(page);
    expect(drawn).toHaveLength(LARGE.nodes);
    expect(layoutRequests).toBe(1);
    expect(await layoutsRun()).toEqual([]);
    // Every node stands exactly where the server's answer for this view puts it.
    const nodes = drawn.map(([id]) => id);
    const index = new Map(nodes.map((id, i) => [id, i]));
    const edges = await page.evaluate(() =>
      (globalThis as { __cy?: { edges(): { map<T>(fn: (e: { data(k: string): string }) => T): T[] } } }).__cy
        ?.edges()
        .map((edge) => [edge.data('source'), edge.data('target')]),
    );
    expect(edges).toHaveLength(LARGE.edges);
    const answer = await fetch(`${baseUrl}/api/layout`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ nodes, edges: (edges ?? []).map(([s, t]) => [index.get(s ?? ''), index.get(t ?? '')]) }),
    });
    expect(answer.status).toBe(200);
    const { positions: placed } = (await answer.json()) as { positions: Record<string, [number, number]> };
    expect(drawn).toEqual(nodes.map((id) => [id, ...(placed[id] ?? [])]));
    // Not all in one spot: the layout spreads the view out.
    expect(new Set(drawn.map(([, x, y]) => `${x},${y}`)).size).toBe(LARGE.nodes);

    await page.goto('about:blank');
    await page.goto(link);
    await page.waitForFunction(
      () => (globalThis as { __cy?: { nodes(): { length: number } } }).__cy?.nodes().length,
      null,
      {
        timeout: 120_000,
      },
    );
    await waitForIdle(page);
    expect(await positions(page)).toEqual(drawn);
  }, 300_000);

  it('still lays a small view out with fcose in the page, asking the server for nothing', async () => {
    await page.goto(cypherLink(baseUrl, ringViewQuery('large:1')));
    await page.waitForFunction(
      () => (globalThis as { __cy?: { nodes(): { length: number } } }).__cy?.nodes().length,
      null,
      {
        timeout: 60_000,
      },
    );
    await waitForIdle(page);
    // large:1, large:10…19, large:100…199, large:1000…1199: 311 entities and the relations among them.
    expect((await positions(page)).length).toBe(311);
    expect(await layoutsRun()).toEqual(['fcose']);
    expect(layoutRequests).toBe(0);
  }, 120_000);
});

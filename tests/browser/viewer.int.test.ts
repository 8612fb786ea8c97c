import type { Server } from 'node:http';
import { GraphStore } from '@newsgraph/graph-store';
import type { Browser, Page } from 'playwright-core';
import { freshStore } from '@newsgraph/graph-store/testing';
import {
  clickEdge,
  clickNode,
  close,
  stopStarted,
  edgeLabels,
  ensureViewerBuilt,
  focusId,
  isLocked,
  launchChromium,
  nodeIds,
  positions,
  selectedIds,
  serve,
  viewInUrl,
  waitForFocus,
  waitForIdle,
  waitForNode,
  waitForSelected,
} from './browser-harness';
import { EVIDENCE, IDS, MARKUP, MARKUP_ID, markupArticle, seedArticles } from './seed-graph';
import { startTcpProxy } from './tcp-proxy';

describe('viewer in Chromium', () => {
  let store: GraphStore;
  let server: Server;
  let baseUrl: string;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    ensureViewerBuilt();
    store = await freshStore();
    ({ server, baseUrl } = await serve(store));
    browser = await launchChromium();
  });

  afterAll(() => stopStarted({ browser, server, store }));

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterEach(async () => {
    await page.close();
    expect(pageErrors).toEqual([]);
  });

  it('says the graph is empty when nothing has been ingested', async () => {
    await store.clear();
    await page.goto(baseUrl);
    await page.getByTestId('graph-status').filter({ hasText: 'empty' }).waitFor({ timeout: 15000 });
    expect(await page.getByTestId('legend-item').allTextContents()).toEqual([
      'Person',
      'Organization',
      'Country',
      'Location',
      'Policy',
      'Event',
    ]);
  });

  describe('with a small graph around Xi Jinping', () => {
    beforeAll(async () => {
      await store.clear();
      await store.writeArticles(seedArticles());
    });

    it('opens on the most mentioned entity, then finds Xi Jinping and draws his neighbourhood', async () => {
      await page.goto(baseUrl);
      await waitForFocus(page, IDS.china);

      await page.getByTestId('search-input').pressSequentially('Xi Jinp');
      const result = page.locator(`[data-testid="search-result"][data-entity-id="${IDS.xi}"]`);
      await result.waitFor({ timeout: 15000 });
      await result.click();
      await waitForFocus(page, IDS.xi);

      expect(await nodeIds(page)).toEqual([IDS.china, IDS.sovereignty, IDS.xi].sort());
      expect(await edgeLabels(page)).toEqual(['HOLDS_POSITION', 'PROPOSED']);
      expect(viewInUrl(page.url()).log.at(-1)).toEqual({ a: 'open', id: IDS.xi });

      const details = page.getByTestId('details-panel');
      await expect(details.getByTestId('details-name').textContent()).resolves.toBe('Xi Jinping');
      const relations = await details.getByTestId('details-relation').allTextContents();
      expect(relations).toHaveLength(2);
      expect(relations.find((text) => text.includes('HOLDS_POSITION'))).toContain('China');
      expect(relations.find((text) => text.includes('PROPOSED'))).toContain('cyber sovereignty');
      expect(await details.getByTestId('evidence-item').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringContaining(EVIDENCE.holds), expect.stringContaining(EVIDENCE.proposed)]),
      );
    });

    it("shows a clicked node, an edge's evidence, expands on double-click, undoes it, depth 2, and re-centres", async () => {
      await page.goto(`${baseUrl}/?focus=${encodeURIComponent(IDS.xi)}`);
      await waitForFocus(page, IDS.xi);
      const details = page.getByTestId('details-panel');

      await clickNode(page, IDS.sovereignty);
      await details.getByTestId('details-name').filter({ hasText: 'cyber sovereignty' }).waitFor({ timeout: 5000 });
      expect(await details.getByTestId('details-relation').allTextContents()).toEqual([
        expect.stringMatching(/Xi Jinping.*PROPOSED/),
      ]);

      await clickEdge(page, `${IDS.xi}|HOLDS_POSITION|${IDS.china}`);
      await details.getByTestId('details-name').filter({ hasText: 'HOLDS_POSITION' }).waitFor({ timeout: 5000 });
      // The sentences are read from the API when the edge is opened.
      await details.getByTestId('evidence-item').first().waitFor({ timeout: 5000 });
      expect(await details.getByTestId('evidence-item').allTextContents()).toEqual([
        expect.stringContaining(EVIDENCE.holds),
      ]);
      expect(viewInUrl(page.url()).s).toBe(`${IDS.xi}|HOLDS_POSITION|${IDS.china}`);

      await clickNode(page, IDS.china, 2);
      await waitForNode(page, IDS.summit);
      expect(await nodeIds(page)).toEqual([IDS.china, IDS.sovereignty, IDS.summit, IDS.xi].sort());
      await page.getByTestId('undo').click();
      await waitForIdle(page);
      expect(await nodeIds(page)).toEqual([IDS.china, IDS.sovereignty, IDS.xi].sort());
      await page.getByTestId('redo').click();
      await waitForIdle(page);
      expect(await nodeIds(page)).toContain(IDS.summit);
      await page.goBack();
      // Going back is a popstate the page handles after goBack returns: wait for the view it brings back.
      await waitForNode(page, IDS.summit, false);
      expect(await nodeIds(page)).toEqual([IDS.china, IDS.sovereignty, IDS.xi].sort());

      await page.getByTestId('depth-select').selectOption('2');
      await waitForIdle(page);
      expect(await nodeIds(page)).toEqual([IDS.china, IDS.sovereignty, IDS.summit, IDS.xi].sort());

      await clickNode(page, IDS.china);
      await waitForSelected(page, IDS.china);
      await details.getByTestId('recentre-button').click();
      await waitForFocus(page, IDS.china);
      expect(viewInUrl(page.url()).log.at(-1)).toEqual({ a: 'open', id: IDS.china });
      await details.getByTestId('details-name').filter({ hasText: 'China' }).waitFor({ timeout: 5000 });
    });

    it('collapses an expansion, hides and pins from the node menu, and a link restores it all in a fresh browser', async () => {
      await page.goto(`${baseUrl}/?focus=${encodeURIComponent(IDS.xi)}`);
      await waitForFocus(page, IDS.xi);
      await waitForIdle(page);
      const menu = async (id: string, item: string): Promise<void> => {
        await clickNode(page, id);
        await waitForSelected(page, id);
        await page.keyboard.press('m');
        await page.getByTestId(item).click();
        await waitForIdle(page);
      };
      await menu(IDS.china, 'menu-expand');
      expect(await nodeIds(page)).toContain(IDS.summit);
      await menu(IDS.china, 'menu-collapse');
      expect(await nodeIds(page)).toEqual([IDS.china, IDS.sovereignty, IDS.xi].sort());
      await menu(IDS.china, 'menu-expand');
      await menu(IDS.sovereignty, 'menu-hide');
      expect(await nodeIds(page)).toEqual([IDS.china, IDS.summit, IDS.xi].sort());
      await menu(IDS.summit, 'menu-pin');
      expect(await isLocked(page, IDS.summit)).toBe(true);
      await clickNode(page, IDS.china);
      await waitForSelected(page, IDS.china);

      const before = await positions(page);
      const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const fresh = await other.newPage();
        await fresh.goto(page.url());
        await waitForFocus(fresh, IDS.xi);
        await waitForIdle(fresh);
        expect(await nodeIds(fresh)).toEqual([IDS.china, IDS.summit, IDS.xi].sort());
        expect(await positions(fresh)).toEqual(before);
        expect(await selectedIds(fresh)).toEqual([IDS.china]);
        expect(await isLocked(fresh, IDS.summit)).toBe(true);
        expect(await fresh.getByTestId('details-name').textContent()).toBe('China');
        await fresh.getByTestId('show-hidden').click();
        await waitForIdle(fresh);
        expect(await nodeIds(fresh)).toContain(IDS.sovereignty);
      } finally {
        await other.close();
      }
    });

    it('shows names, sentences and article text with markup as text, and runs none of it', async () => {
      await store.writeArticles([markupArticle()]);
      const alerts: string[] = [];
      page.on('dialog', (dialog) => {
        alerts.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${baseUrl}/?focus=${encodeURIComponent(MARKUP_ID)}`);
      await waitForFocus(page, MARKUP_ID);
      const details = page.getByTestId('details-panel');
      await details.getByTestId('details-name').filter({ hasText: MARKUP }).waitFor();
      expect(await details.getByTestId('details-name').textContent()).toBe(MARKUP);
      await details.getByTestId('evidence-sentence').first().click();
      const dialog = page.getByTestId('article-dialog');
      await dialog.getByTestId('article-text').waitFor();
      expect(await dialog.getByTestId('article-title').textContent()).toBe(`Title ${MARKUP}`);
      expect(await dialog.getByTestId('article-text').textContent()).toBe(markupArticle().article.text);
      expect(await dialog.locator('mark').allTextContents()).toEqual([MARKUP, 'Xi Jinping', MARKUP]);
      expect(await page.locator('img').count()).toBe(0);
      expect(alerts).toEqual([]);
    });

    it('serves the viewer with a strict Content-Security-Policy', async () => {
      const response = await fetch(`${baseUrl}/`);
      const policy = Object.fromEntries(
        (response.headers.get('content-security-policy') ?? '')
          .split(';')
          .map((part) => part.trim().split(/\s+/))
          .map(([name, ...values]) => [name, values]),
      );
      expect(policy).toMatchObject({
        'default-src': ["'none'"],
        'script-src': ["'self'"],
        // Cytoscape's one container rule, by its hash (see packages/api/src/http/viewer-csp.ts).
        'style-src': ["'self'", "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='"],
        'object-src': ["'none'"],
        'frame-ancestors': ["'none'"],
        'base-uri': ["'none'"],
      });
      expect(JSON.stringify(policy)).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      const violations: string[] = [];
      page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) violations.push(message.text());
      });
      await page.goto(`${baseUrl}/?focus=${encodeURIComponent(IDS.xi)}`);
      await waitForFocus(page, IDS.xi);
      await page.getByTestId('details-name').filter({ hasText: 'Xi Jinping' }).waitFor();
      expect(violations).toEqual([]);
    });

    it('filters search results by type and picks the first with Enter', async () => {
      await page.goto(baseUrl);
      await waitForFocus(page, IDS.china);
      const input = page.getByTestId('search-input');

      await page.getByTestId('type-filter').selectOption('Policy');
      await input.pressSequentially('Xi');
      await page.getByTestId('search-empty').waitFor({ timeout: 15000 });
      expect(await page.getByTestId('search-result').count()).toBe(0);

      await page.getByTestId('type-filter').selectOption('Person');
      await page.locator(`[data-testid="search-result"][data-entity-id="${IDS.xi}"]`).waitFor({ timeout: 15000 });
      await input.press('Enter');
      await waitForFocus(page, IDS.xi);
    });

    it("shows the API's error when the entity does not exist", async () => {
      await page.goto(`${baseUrl}/?focus=no-such-entity`);
      const error = page.getByTestId('error-message');
      await error.waitFor({ state: 'visible', timeout: 15000 });
      expect(await error.textContent()).toContain('no-such-entity');
      expect(await focusId(page)).toBeNull();
    });

    // The driver retries an unreachable server for about a minute before the API answers 503, hence the long wait.
    it('shows a clear error when Neo4j goes down under a running API', async () => {
      const target = new URL(process.env['NEO4J_URI'] ?? '');
      const proxy = await startTcpProxy(target.hostname, Number(target.port || 7687));
      const viaProxy = await GraphStore.connect({
        uri: `bolt://127.0.0.1:${proxy.port}`,
        user: process.env['NEO4J_USER'],
        password: process.env['NEO4J_PASSWORD'],
      });
      const { server: apiServer, baseUrl: apiUrl } = await serve(viaProxy);
      try {
        await page.goto(apiUrl);
        await waitForFocus(page, IDS.china);
        await proxy.stop();

        await page.reload();
        const error = page.getByTestId('error-message');
        await error.waitFor({ state: 'visible', timeout: 150_000 });
        expect(await error.textContent()).toMatch(/^The graph database is unavailable: Neo4j is unreachable/);
        await page.getByTestId('graph-status').filter({ hasText: 'could not be loaded' }).waitFor({ timeout: 5000 });
        expect(await focusId(page)).toBeNull();
      } finally {
        await close(apiServer);
        await viaProxy.close();
        await proxy.stop();
      }
    }, 180_000);
  });
});

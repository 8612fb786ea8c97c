import { mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { GraphStore } from '@newsgraph/graph-store';
import { freshStore } from '@newsgraph/graph-store/testing';
import { ingestSources, loadPrepareContext } from '@newsgraph/ingest';
import { ArticleDetailsSchema } from '@newsgraph/schema';
import type { Browser, Page } from 'playwright-core';
import {
  clickEdge,
  clickNode,
  stopStarted,
  ensureViewerBuilt,
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
  newWatchedPage,
} from './browser-harness';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');
const LONG = 'person:long-zhou';
const OFFICE = 'org:office-for-cyber-affairs';
const MINISTRY = 'org:cn:ministry-of-foreign-affairs';
const XI = 'person:xi-jinping';
const HOLDS = `${LONG}|HOLDS_POSITION|${OFFICE}`;
const SENTENCE = 'Long Zhou, an official from the Office for Cyber Affairs under the Chinese foreign ministry';

/** One analyst's day on the seed articles, in order: each step starts where the last one left the page. */
describe("an analyst's day in the viewer (Chromium, seed articles)", () => {
  let store: GraphStore;
  let server: Server;
  let baseUrl: string;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  const shot = (name: string): Promise<Buffer> => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });

  beforeAll(async () => {
    ensureViewerBuilt();
    mkdirSync(SCREENSHOTS, { recursive: true });
    store = await freshStore();
    // No overrides file: the graph as the extractor alone makes it.
    const context = loadPrepareContext(join(SEEDS, 'no-overrides.json'), false);
    const summary = await ingestSources(store, [SEEDS], { context, workers: 0, batchSize: 50 });
    expect(summary.failed).toEqual([]);
    ({ server, baseUrl } = await serve(store));
    browser = await launchChromium();
    page = await newWatchedPage(browser, pageErrors);
  }, 300_000);

  afterAll(() => stopStarted({ browser, server, store }));

  afterEach(() => expect(pageErrors).toEqual([]));

  it('searches "Long Zhou" with suggestions and opens his neighbourhood', async () => {
    await page.goto(baseUrl);
    await waitForIdle(page);
    await page.getByTestId('search-input').pressSequentially('Long Zhou');
    const suggestion = page.locator(`[data-testid="search-result"][data-entity-id="${LONG}"]`);
    await suggestion.waitFor({ timeout: 15000 });
    expect(await suggestion.textContent()).toMatch(/Long Zhou\s*Person · \d+/);
    await shot('search');
    await suggestion.click();
    await waitForFocus(page, LONG);
    expect(await nodeIds(page)).toContain(OFFICE);
    await page.getByTestId('details-name').filter({ hasText: 'Long Zhou' }).waitFor();
    expect(await page.getByTestId('details-seen').textContent()).toBe('First seen 2017-03-03 · last seen 2017-03-03');
    expect(await page.getByTestId('details-aliases').textContent()).toContain('Long');
  });

  it('explains the edge to the Office for Cyber Affairs with its evidence sentence', async () => {
    await clickEdge(page, HOLDS);
    const details = page.getByTestId('details-panel');
    await details.getByTestId('details-name').filter({ hasText: 'HOLDS_POSITION' }).waitFor();
    expect(await details.getByTestId('relation-support').textContent()).toMatch(/^1 article · 1 sentence · confidence/);
    expect(await details.getByTestId('relation-seen').textContent()).toBe(
      'First seen 2017-03-03 · last seen 2017-03-03',
    );
    // The sentences are read from the API when the edge is opened.
    await details.getByTestId('evidence-sentence').first().waitFor();
    expect(await details.getByTestId('relation-outlets').textContent()).toMatch(
      /^1 sentence cited from 1 outlet \(.+\)$/,
    );
    expect(await details.getByTestId('more-evidence').count()).toBe(0);
    expect(await details.getByTestId('evidence-sentence').allTextContents()).toEqual([
      expect.stringContaining(SENTENCE),
    ]);
    await shot('edge-evidence');
  });

  it('opens the article from the sentence with every mention of both ends highlighted', async () => {
    const articleId = await page.getByTestId('evidence-item').first().getAttribute('data-article-id');
    await page.getByTestId('evidence-sentence').first().click();
    const dialog = page.getByTestId('article-dialog');
    await dialog.getByTestId('article-text').waitFor();
    const article = ArticleDetailsSchema.parse(
      await (await fetch(`${baseUrl}/api/articles/${encodeURIComponent(String(articleId))}`)).json(),
    );
    for (const id of [LONG, OFFICE]) {
      const expected = article.mentions.filter((m) => m.entity.id === id).map((m) => m.text);
      expect(expected.length).toBeGreaterThan(0);
      const marked = await dialog.locator(`mark[data-entity-id="${id}"]`).allTextContents();
      expect(marked).toEqual(expected);
    }
    expect(await dialog.getByTestId('article-sentence').first().textContent()).toContain('Long Zhou');
    expect(await dialog.getByTestId('article-text').textContent()).toBe(article.article.text);
    await shot('article');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('expands the office, collapses what that added, and undoes the collapse', async () => {
    await clickNode(page, OFFICE, 2);
    await waitForNode(page, MINISTRY);
    expect(await nodeIds(page)).toContain(MINISTRY);
    await clickNode(page, OFFICE);
    await waitForSelected(page, OFFICE);
    await page.keyboard.press('c');
    await waitForIdle(page);
    expect(await nodeIds(page)).toEqual([LONG, OFFICE].sort());
    await page.keyboard.press('Control+z');
    await waitForIdle(page);
    expect(await nodeIds(page)).toContain(MINISTRY);
    await shot('expanded');
  });

  it('filters by reporting date: after 2017 the office claims vanish, clearing brings them back', async () => {
    await page.locator('#filters-panel summary').click();
    const since = page.getByTestId('date-since');
    await since.fill('1');
    await waitForIdle(page);
    expect(await page.getByTestId('date-range').textContent()).toMatch(/^2021-\d\d-\d\d – end$/);
    expect(viewInUrl(page.url()).log.at(-1)).toMatchObject({
      a: 'filters',
      filters: { since: expect.stringMatching(/^2021/) },
    });
    const edgeCount = (on: Page): Promise<number | undefined> =>
      on.evaluate(() => (globalThis as { __cy?: { edges(): { length: number } } }).__cy?.edges().length);
    expect(await edgeCount(page)).toBe(0);
    // The filtered view's link, opened in a fresh browser, shows the same nodes under the same filter.
    const inView = await nodeIds(page);
    const other = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    try {
      const fresh = await other.newPage();
      await fresh.goto(page.url());
      await waitForFocus(fresh, LONG);
      expect(await nodeIds(fresh)).toEqual(inView);
      expect(await edgeCount(fresh)).toBe(0);
      await fresh.locator('#filters-panel summary').click();
      await fresh
        .getByTestId('date-range')
        .filter({ hasText: /^2021-\d\d-\d\d – end$/ })
        .waitFor();
    } finally {
      await other.close();
    }
    await page.getByTestId('filters-reset').click();
    await waitForIdle(page);
    expect(await nodeIds(page)).toContain(MINISTRY);
    await page.locator('#filters-panel summary').click();
  });

  it('finds the path from Long Zhou to Xi Jinping, each hop with its evidence, and draws it', async () => {
    await page.locator('#paths-panel summary').click();
    const pick = async (box: string, text: string, id: string): Promise<void> => {
      await page.getByTestId(`${box}-input`).pressSequentially(text);
      const result = page.locator(`[data-testid="${box}-result"][data-entity-id="${id}"]`);
      await result.waitFor({ timeout: 15000 });
      await result.click();
    };
    await pick('path-from', 'Long Zhou', LONG);
    await pick('path-to', 'Xi Jinping', XI);
    await page.getByTestId('path-find').click();
    await page.getByTestId('path').first().waitFor({ timeout: 30000 });
    const hops = await page.getByTestId('path').first().getByTestId('path-hop').allTextContents();
    expect(hops[0]).toContain('Long Zhou HOLDS_POSITION Office for Cyber Affairs');
    expect(hops.at(-1)).toContain('Xi Jinping');
    expect(await page.getByTestId('path').first().getByTestId('path-evidence').count()).toBe(hops.length);
    await waitForNode(page, XI);
    const marked = await page.evaluate(
      () => (globalThis as { __cy?: { edges(s: string): { length: number } } }).__cy?.edges('.path-hop').length,
    );
    expect(marked).toBe(hops.length);
    await shot('path');
  });

  it('exports the view as PNG at 300 dpi, SVG and GraphML of exactly the entities in view', async () => {
    await page.locator('#export-panel summary').click();
    const inView = await nodeIds(page);
    const download = async (testId: string): Promise<Buffer> => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
      const path = await file.path();
      return readFileSync(path);
    };
    const png = await download('export-png');
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const physAt = png.indexOf('pHYs', 0, 'latin1');
    expect(physAt).toBeGreaterThan(0);
    expect([png.readUInt32BE(physAt + 4), png.readUInt32BE(physAt + 8), png[physAt + 12]]).toEqual([11811, 11811, 1]);
    expect(png.readUInt32BE(16)).toBeGreaterThan(1000);

    const svg = (await download('export-svg')).toString('utf8');
    expect(svg).toMatch(/<svg[\s>]/);
    expect(svg).toContain('Long Zhou');

    const graphml = (await download('export-graphml')).toString('utf8');
    const exported = [...graphml.matchAll(/<node id="([^"]+)"/g)].map((match) => match[1]).sort();
    expect(exported).toEqual(inView);
    const pack = new URL(String(await page.getByTestId('evidence-pack').getAttribute('href')), baseUrl);
    expect(Object.fromEntries(pack.searchParams)).toEqual({
      focus: LONG,
      depth: '1',
      from: LONG,
      to: XI,
      maxLength: '6',
    });
    const report = await fetch(pack);
    expect([report.status, report.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    expect(await report.text()).toContain('Office for Cyber Affairs');
    await shot('exports');
  });

  it('copies the link and a new browser context shows the same view', async () => {
    await clickNode(page, OFFICE);
    await waitForSelected(page, OFFICE);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const copy = page.getByTestId('copy-link');
    await copy.click();
    await copy.filter({ hasText: 'Copied' }).waitFor();
    // What the button put on the clipboard is the link opened below, and it is the view the address holds.
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    const before = await positions(page);
    const other = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    try {
      const fresh = await other.newPage();
      await fresh.goto(link);
      await waitForFocus(fresh, LONG);
      expect(await positions(fresh)).toEqual(before);
      expect(await selectedIds(fresh)).toEqual([OFFICE]);
      await fresh.getByTestId('details-name').filter({ hasText: 'Office for Cyber Affairs' }).waitFor();
    } finally {
      await other.close();
    }
  });
});

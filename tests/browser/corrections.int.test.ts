import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, createArticleIngester, listen, type ArticleIngester } from '@newsgraph/api';
import type { GraphStore } from '@newsgraph/graph-store';
import { freshStore } from '@newsgraph/graph-store/testing';
import {
  ArticleDetailsSchema,
  ArticleIngestedSchema,
  EntityDetailsSchema,
  type ArticleDetails,
  type EntityDetails,
} from '@newsgraph/schema';
import pino from 'pino';
import type { Browser, Page } from 'playwright-core';
import { CORRECTION_ARTICLES, CORRECTION_IDS as IDS, SPLIT_ARTICLE, SPLIT_IDS } from '../api/correction-articles';
import { call, TEST_TOKEN } from '../api/write-client';
import {
  clickEdge,
  stopStarted,
  ensureViewerBuilt,
  launchChromium,
  nodeIds,
  VIEWER_DIR,
  waitForFocus,
  waitForIdle,
  waitForNode,
  waitForSelected,
  newWatchedPage,
} from './browser-harness';

// Each correction re-reads articles on an extraction thread; on a shared machine under load that takes a while.
jest.setTimeout(240_000);

const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');
const ANALYST = 'Ann Analyst';
const MERGE_LABEL = 'Merged “Cyber Affairs Office” into “Office for Cyber Affairs”';
const MET = `${IDS.duplicate}|MET_WITH|${IDS.ministry}`;

/** An analyst corrects the graph in the viewer: the corrections are overrides, so they outlive a re-ingest. */
describe('corrections in the viewer (Chromium, real extraction)', () => {
  let store: GraphStore;
  let ingester: ArticleIngester;
  let server: Server;
  let baseUrl: string;
  let dir: string;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  const ingestAll = async (): Promise<string[]> => {
    const statuses: string[] = [];
    for (const article of CORRECTION_ARTICLES) {
      const answer = await call(baseUrl, 'POST', '/api/articles', {
        body: JSON.stringify(article),
        type: 'application/json',
        token: TEST_TOKEN,
      });
      statuses.push(ArticleIngestedSchema.parse(answer.body).article.status);
    }
    return statuses;
  };
  const article = async (id: string): Promise<ArticleDetails> =>
    ArticleDetailsSchema.parse((await call(baseUrl, 'GET', `/api/articles/${encodeURIComponent(id)}`)).body);
  /** Which entity each highlighted "Biden" standing alone belongs to, in text order. */
  const bareBidens = async (articleId: string): Promise<string[]> =>
    (await article(articleId)).mentions.filter((m) => m.text === 'Biden').map((m) => m.entity.id);
  const entity = async (id: string): Promise<EntityDetails | null> => {
    const answer = await call(baseUrl, 'GET', `/api/entities/${encodeURIComponent(id)}`);
    return answer.status === 404 ? null : EntityDetailsSchema.parse(answer.body);
  };
  /** Opens an entity the way an analyst does: its name in the search box, then the suggestion. */
  const open = async (name: string, id: string): Promise<void> => {
    const input = page.getByTestId('search-input');
    await input.fill('');
    await input.pressSequentially(name);
    await page.locator(`[data-testid="search-result"][data-entity-id="${id}"]`).click({ timeout: 15000 });
    await waitForFocus(page, id);
    await page.locator(`[data-testid="details-name"][data-entity-id="${id}"]`).waitFor({ timeout: 15000 });
  };
  const suggestions = async (name: string): Promise<string[]> => {
    const input = page.getByTestId('search-input');
    await input.fill('');
    await input.pressSequentially(name);
    // The rows of a partly typed query may show first: read only those that answer the whole name.
    const answered = page.locator(`[data-testid="search-results"][data-query="${name}"]`);
    await answered.waitFor({ timeout: 15000 });
    const results = answered.getByTestId('search-result');
    const ids = await results.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-entity-id') ?? ''));
    await input.fill('');
    return ids;
  };
  const apply = async (): Promise<void> => {
    await page.getByTestId('correction-apply').click();
    await page.getByTestId('correction-dialog').waitFor({ state: 'hidden', timeout: 120_000 });
    await waitForIdle(page);
  };

  beforeAll(async () => {
    ensureViewerBuilt();
    mkdirSync(SCREENSHOTS, { recursive: true });
    store = await freshStore();
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-viewer-corrections-'));
    ingester = createArticleIngester({
      store,
      overridesPath: join(dir, 'overrides.json'),
      threads: 1,
      maxArticleChars: 20_000,
    });
    const app = createApp({
      store,
      logger: pino({ level: 'silent' }),
      viewerDir: VIEWER_DIR,
      apiToken: TEST_TOKEN,
      ingester,
      rateLimits: { writesPerMinute: 0, cypherPerMinute: 0 },
    });
    server = await listen(app, 0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect(await ingestAll()).toEqual(['new', 'new']);
    browser = await launchChromium();
    page = await newWatchedPage(browser, pageErrors);
  }, 300_000);

  afterAll(async () => {
    await stopStarted({ browser, server, store, ingester });
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  afterEach(() => expect(pageErrors).toEqual([]));

  it('merges two entities in the viewer; the merge survives a re-ingest; undo restores them apart', async () => {
    await page.goto(baseUrl);
    await waitForIdle(page);
    await open('Cyber Affairs Office', IDS.duplicate);
    expect(await suggestions('Cyber Affairs')).toEqual(expect.arrayContaining([IDS.duplicate, IDS.office]));

    await page.getByTestId('correct-merge').click();
    await page.getByTestId('merge-into-input').pressSequentially('Office for Cyber');
    await page.locator(`[data-testid="merge-into-result"][data-entity-id="${IDS.office}"]`).click({ timeout: 15000 });
    // Asked once: the name is kept in this browser, the token for this session only.
    await page.getByTestId('correction-name').fill(ANALYST);
    await page.getByTestId('correction-token').fill(TEST_TOKEN);
    await apply();

    await waitForFocus(page, IDS.office);
    expect(await nodeIds(page)).not.toContain(IDS.duplicate);
    expect(await nodeIds(page)).toContain(IDS.ministry);
    await page.locator(`[data-testid="details-name"][data-entity-id="${IDS.office}"]`).waitFor();
    expect(await page.getByTestId('details-aliases').textContent()).toContain('Cyber Affairs Office');
    const made = page.getByTestId('entity-corrections').getByTestId('correction');
    await made.waitFor({ timeout: 15000 });
    expect(await made.locator('.correction__what').textContent()).toBe(MERGE_LABEL);
    expect(await made.getByTestId('correction-who').textContent()).toMatch(new RegExp(`^ by ${ANALYST}, .*\\d`));
    expect(await page.evaluate(() => localStorage.getItem('newsgraph.analyst'))).toBe(ANALYST);
    expect(await page.evaluate(() => sessionStorage.getItem('newsgraph.token'))).toBe(TEST_TOKEN);
    expect(await page.evaluate(() => localStorage.getItem('newsgraph.token'))).toBeNull();

    await page.locator('#corrections-panel > summary').click();
    await page.getByTestId('corrections-list').getByTestId('correction').waitFor({ timeout: 15000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'corrections.png') });

    // The same articles again change nothing, and a graph built afresh from them gets the merge at ingest.
    expect(await ingestAll()).toEqual(['unchanged', 'unchanged']);
    await store.clear();
    expect(await ingestAll()).toEqual(['new', 'new']);
    expect(await entity(IDS.duplicate)).toBeNull();
    await page.reload();
    await waitForFocus(page, IDS.office);
    expect(await nodeIds(page)).not.toContain(IDS.duplicate);
    expect(await suggestions('Cyber Affairs')).toEqual([IDS.office]);
    const kept = page.getByTestId('entity-corrections').getByTestId('correction');
    await kept.waitFor({ timeout: 15000 });
    expect(await kept.locator('.correction__what').textContent()).toBe(MERGE_LABEL);

    await kept.getByTestId('correction-undo').click();
    await page.getByTestId('entity-corrections').getByTestId('corrections-empty').waitFor({ timeout: 120_000 });
    await waitForIdle(page);
    expect((await entity(IDS.duplicate))?.entity.articleCount).toBe(2);
    expect((await entity(IDS.office))?.entity.articleCount).toBe(1);
    expect(await suggestions('Cyber Affairs')).toEqual(expect.arrayContaining([IDS.duplicate, IDS.office]));
    expect(await page.getByTestId('details-aliases').count()).toBe(0);
  });

  it("rejects a relation from its edge's details and adds an alias, each undone from the corrections list", async () => {
    await open('Cyber Affairs Office', IDS.duplicate);
    expect(await nodeIds(page)).toContain(IDS.ministry);
    await clickEdge(page, MET);
    await waitForSelected(page, MET);
    await page.getByTestId('reject-relation').click();
    // Asked once: both are filled in from this browser's storage.
    expect(await page.getByTestId('correction-name').inputValue()).toBe(ANALYST);
    expect(await page.getByTestId('correction-token').inputValue()).toBe(TEST_TOKEN);
    await apply();
    await waitForNode(page, IDS.ministry, false);
    expect(await entity(IDS.ministry)).not.toBeNull();

    await open('Cyber Affairs Office', IDS.duplicate);
    await page.getByTestId('correct-alias').click();
    await page.getByTestId('alias-input').fill('CAO');
    await apply();
    await page.getByTestId('details-aliases').filter({ hasText: 'CAO' }).waitFor({ timeout: 15000 });
    expect(await suggestions('CAO')).toEqual([IDS.duplicate]);

    const listed = page.getByTestId('corrections-list').getByTestId('correction');
    await page.locator('#corrections-panel > summary').click();
    await listed.nth(1).waitFor({ timeout: 15000 });
    expect(await listed.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kind')))).toEqual([
      'alias',
      'rejectRelation',
    ]);
    await listed.nth(1).getByTestId('correction-undo').click();
    // The list drops the undone row once the server has re-read the articles and the view is drawn again.
    await listed.nth(1).waitFor({ state: 'detached', timeout: 120_000 });
    expect(await nodeIds(page)).toContain(IDS.ministry);
    await page.getByTestId('corrections-list').getByTestId('correction-undo').click();
    await page.getByTestId('corrections-list').getByTestId('corrections-empty').waitFor({ timeout: 120_000 });
    expect((await entity(IDS.duplicate))?.entity.aliases).not.toContain('CAO');
  });

  it('splits a highlighted mention off its entity from the article, into the entity it names; undo puts it back', async () => {
    const posted = await call(baseUrl, 'POST', '/api/articles', {
      body: JSON.stringify(SPLIT_ARTICLE),
      type: 'application/json',
      token: TEST_TOKEN,
    });
    const articleId = ArticleIngestedSchema.parse(posted.body).article.id;
    // What the analyst corrects: the extractor reads the bare "Biden" who met Scholz as Jill Biden.
    expect(await bareBidens(articleId)).toEqual([SPLIT_IDS.jill]);
    const joeBefore = (await entity(SPLIT_IDS.joe))?.entity.mentionCount ?? 0;
    const jillBefore = (await entity(SPLIT_IDS.jill))?.entity.mentionCount ?? 0;

    await open('Jill Biden', SPLIT_IDS.jill);
    await page
      .getByTestId('details-article')
      .filter({ hasText: SPLIT_ARTICLE.title ?? '' })
      .click();
    const text = page.getByTestId('article-text');
    const bare = (id: string) =>
      text.locator(`[data-testid="mention"][data-entity-id="${id}"]`).filter({ hasText: /^Biden$/ });
    await bare(SPLIT_IDS.jill).click({ timeout: 15000 });
    expect(await page.getByTestId('mention-chosen').textContent()).toContain('“Biden” is read as Jill Biden (Person)');
    await page.screenshot({ path: join(SCREENSHOTS, 'split-from-article.png') });
    await page.getByTestId('split-mention-off').click();
    expect(await page.getByTestId('split-mention').inputValue()).toBe('Biden');
    await page.getByTestId('split-into-input').pressSequentially('Joe Biden');
    await page
      .locator(`[data-testid="split-into-result"][data-entity-id="${SPLIT_IDS.joe}"]`)
      .click({ timeout: 15000 });
    expect(await page.getByTestId('split-name').inputValue()).toBe('Joe Biden');
    await apply();

    // The article is shown again with the mention marked as the entity it went to.
    await bare(SPLIT_IDS.joe).waitFor({ timeout: 15000 });
    expect(await bare(SPLIT_IDS.jill).count()).toBe(0);
    expect(await bareBidens(articleId)).toEqual([SPLIT_IDS.joe]);
    expect((await entity(SPLIT_IDS.joe))?.entity.mentionCount).toBe(joeBefore + 1);
    expect((await entity(SPLIT_IDS.jill))?.entity.mentionCount).toBe(jillBefore - 1);

    await page.getByTestId('article-close').click();
    const made = page.getByTestId('entity-corrections').locator('[data-testid="correction"][data-kind="split"]');
    await made.waitFor({ timeout: 15000 });
    expect(await made.locator('.correction__what').textContent()).toBe(
      'Split “Biden” off “Jill Biden” into “Joe Biden” (Person)',
    );
    await made.getByTestId('correction-undo').click();
    await page.getByTestId('entity-corrections').getByTestId('corrections-empty').waitFor({ timeout: 120_000 });
    expect(await bareBidens(articleId)).toEqual([SPLIT_IDS.jill]);
    expect((await entity(SPLIT_IDS.joe))?.entity.mentionCount).toBe(joeBefore);
  });
});

import type { Server } from 'node:http';
import type { GraphStore } from '@newsgraph/graph-store';
import { freshStore } from '@newsgraph/graph-store/testing';
import type { Browser } from 'playwright-core';
import { launchChromium, serve, stopStarted } from './browser-harness';

/** The slice of the page's DOM the test reads (the tests compile without the DOM library). */
interface PageGlobals {
  document: { querySelectorAll(selector: string): { length: number } };
}

describe('the API reference page in Chromium', () => {
  let store: GraphStore;
  let server: Server;
  let baseUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    store = await freshStore();
    ({ server, baseUrl } = await serve(store));
    browser = await launchChromium();
  });
  afterAll(() => stopStarted({ browser, server, store }));

  it('draws one block per operation of /api/openapi.json under the CSP, asking nothing of other hosts', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    const hosts = new Set<string>();
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('request', (request) => hosts.add(new URL(request.url()).origin));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    const spec = (await (await fetch(`${baseUrl}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const operations = Object.values(spec.paths).reduce((sum, methods) => sum + Object.keys(methods).length, 0);
    await page.goto(`${baseUrl}/api/docs`);
    await page.waitForFunction(
      (n) => (globalThis as unknown as PageGlobals).document.querySelectorAll('.opblock').length === n,
      operations,
      {
        timeout: 20000,
      },
    );
    expect(await page.locator('.opblock-summary-path', { hasText: '/api/entities/{id}' }).count()).toBe(1);
    expect(problems).toEqual([]);
    expect([...hosts]).toEqual([baseUrl]);
    await page.close();
  });
});

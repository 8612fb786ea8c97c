/**
 * `pnpm run -s bench:viewer-open-profile`: where opening a large view spends its time before the first draw. Opens a
 * synthetic view as bench:viewer-render's `default` layout does (server positions above 3,000 elements), records a V8
 * CPU profile of the page from opening to the first complete draw, and prints when the graph and the layout were
 * asked for and answered, how many frames were drawn before the first complete one, and the functions the main thread
 * spent most time inside. Options: --elements 15000 --dist DIR (a build with `vite build --minify false`; without it
 * packages/viewer is built so, into the system's temporary folder).
 */
import { execFileSync } from 'node:child_process';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { redrawTally, watchFirstDraw } from './in-page';
import { inclusiveTimes, type CpuProfile } from './profile-breakdown';
import { syntheticView } from './synthetic-view';
import { routeViewer, VIEWER_ORIGIN } from './viewer-routes';

const ROOT = join(__dirname, '..', '..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { elements: { type: 'string', default: '15000' }, dist: { type: 'string' }, top: { type: 'string' } },
  });
  const elements = Number(values.elements);
  const dist = values.dist ? resolve(values.dist) : join(tmpdir(), 'newsgraph-viewer-profile');
  if (!values.dist) {
    console.error('building the viewer unminified…');
    execFileSync('pnpm', ['exec', 'vite', 'build', '--minify', 'false', '--outDir', dist, '--emptyOutDir'], {
      cwd: join(ROOT, 'packages', 'viewer'),
      stdio: ['ignore', 2, 2],
    });
  }
  const nodes = Math.round(elements / 3);
  const view = syntheticView(nodes, elements - nodes);
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--no-first-run', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await page.addInitScript(watchFirstDraw, view.graph.nodes.length);
    const calls = await routeViewer(page, dist, view);
    const started = Date.now();
    const marks: string[] = [];
    const mark = (what: string): number => marks.push(`${what} at ${Date.now() - started} ms`);
    page.on('request', (request) => {
      if (request.url().includes('/api/graph') || request.url().includes('/api/layout'))
        mark(`asked ${new URL(request.url()).pathname}`);
    });
    page.on('requestfinished', (request) => {
      if (request.url().includes('/api/graph') || request.url().includes('/api/layout'))
        mark(`answered ${new URL(request.url()).pathname}`);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    const load = loadavg()[0]?.toFixed(2);
    const shared = { v: 1, log: [{ a: 'open', id: view.focus }], p: {}, s: null };
    await page.goto(`${VIEWER_ORIGIN}/?view=${Buffer.from(JSON.stringify(shared)).toString('base64url')}`);
    await page.waitForFunction(
      () => (globalThis as { __bench?: { firstDrawAt?: number } }).__bench?.firstDrawAt !== undefined,
      null,
      { timeout: 900_000, polling: 250 },
    );
    mark('first complete draw seen');
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const frames = await page.evaluate(redrawTally);
    const { busyMs, byFunction } = inclusiveTimes(profile);
    console.log(`${elements} elements, load ${load}; server layout ${calls.answeredMs.map(Math.round).join(', ')} ms`);
    console.log(marks.join('\n'));
    console.log(
      `frames drawn until then: ${frames.count} (${Math.round(frames.ms)} ms); main thread busy ${Math.round(busyMs)} ms`,
    );
    for (const [name, ms] of byFunction.slice(0, Number(values.top ?? 40))) console.log(`${Math.round(ms)}\t${name}`);
    await context.close();
  } finally {
    await browser.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

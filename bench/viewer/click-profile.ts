/**
 * `pnpm run -s bench:viewer-click-profile`: where a click on a node of a large view spends its time. Opens a synthetic
 * view with given positions (as bench:viewer-render does), drags it, waits until the renderer is quiet, then records
 * a V8 CPU profile from the click until the details are shown and the renderer is quiet again, and prints the time
 * inside Cytoscape's style work, its drawing, and the viewer's own code, which do not depend on the machine's load
 * as a wall-clock figure does. Options: --elements 15000 --runs 3 --layout preset|default (given positions, or the server's as the viewer picks by size) --dist DIR (build with `vite build --minify false`
 * so functions keep their names; without --dist packages/viewer is built so, into the system's temporary folder).
 */
import { execFileSync } from 'node:child_process';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import {
  clickSteps,
  dragPan,
  nodeToClick,
  selectionDrawn,
  redrawTally,
  settle,
  watchClickSteps,
  watchFirstDraw,
  watchSelection,
} from './in-page';
import { breakdown, type CpuProfile } from './profile-breakdown';
import { syntheticView, type SyntheticView } from './synthetic-view';
import { cpuWhile } from './trace-cpu';
import { routeViewer, VIEWER_ORIGIN } from './viewer-routes';

const ROOT = join(__dirname, '..', '..');

/** Given positions (a shared link's), or the layout the viewer picks by size (the server's above 3,000 elements). */
type Layout = 'preset' | 'default';

async function openView(page: Page, dist: string, view: SyntheticView, layout: Layout): Promise<void> {
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await page.addInitScript(watchFirstDraw, view.graph.nodes.length);
  await routeViewer(page, dist, view);
  const shared = { v: 1, log: [{ a: 'open', id: view.focus }], p: layout === 'preset' ? view.positions : {}, s: null };
  await page.goto(`${VIEWER_ORIGIN}/?view=${Buffer.from(JSON.stringify(shared)).toString('base64url')}`);
  await page.waitForFunction(
    () => (globalThis as { __bench?: { firstDrawAt?: number } }).__bench?.firstDrawAt !== undefined,
    null,
    { timeout: 900_000, polling: 250 },
  );
  await page.evaluate(settle, { quietMs: 500, maxMs: 20_000 });
  await page.evaluate(dragPan, 1500);
  await page.evaluate(settle, { quietMs: 500, maxMs: 20_000 });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      elements: { type: 'string', default: '15000' },
      runs: { type: 'string', default: '3' },
      layout: { type: 'string', default: 'preset' },
      dist: { type: 'string' },
    },
  });
  const elements = Number(values.elements);
  if (values.layout !== 'preset' && values.layout !== 'default') throw new Error('--layout is preset or default');
  const layout: Layout = values.layout;
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
    for (let run = 1; run <= Number(values.runs); run += 1) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await openView(page, dist, view, layout);
      const target = await page.evaluate(nodeToClick);
      if (!target) throw new Error('no node a click reaches');
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      const load = loadavg()[0]?.toFixed(2);
      const frames0 = await page.evaluate(redrawTally);
      await cdp.send('Profiler.start');
      const clicked = Date.now();
      await page.evaluate(watchSelection);
      await page.evaluate(watchClickSteps);
      const [detailsMs, cpu] = await cpuWhile(browser, page, async () => {
        await page.mouse.click(target.x, target.y);
        await page.locator(`[data-testid="details-name"][data-entity-id="${target.id}"]`).waitFor({ timeout: 60_000 });
        await page.waitForFunction(selectionDrawn, null, { timeout: 60_000, polling: 'raf' });
        return Date.now() - clicked;
      });
      const frames1 = await page.evaluate(redrawTally);
      const steps = await page.evaluate(clickSteps);
      await page.evaluate(settle, { quietMs: 300, maxMs: 20_000 });
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      const parts = breakdown(profile);
      console.log(
        `${elements} elements, ${layout}, run ${run}, load ${load}: click → details ${detailsMs} ms (wall clock), ` +
          `${frames1.count - frames0.count} frames drawn meanwhile (${Math.round(frames1.ms - frames0.ms)} ms); ` +
          `main thread CPU ${Math.round(cpu.taskMs)} ms (frames ${Math.round(cpu.frameMs)} ms, ${cpu.longFrames} over 50 ms); ` +
          `profile to the renderer's rest ` +
          Object.entries(parts)
            .map(([name, ms]) => `${name} ${Math.round(ms)} ms`)
            .join(', '),
      );
      if (steps)
        console.log(
          `  in the page, ms after the press: ${steps.steps.map(([what, at]) => `${what} ${at}`).join(', ')}; ` +
            `frames (ended at, drawing ms): ${steps.frames.map(([at, ms]) => `${at} (${ms})`).join(', ')}`,
        );
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

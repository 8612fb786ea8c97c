/**
 * `pnpm run -s bench:viewer-render`: the built viewer in Debian's Chromium (headless, software rendering), opening
 * views of 1k, 5k, 10k and 15k elements (a third nodes, two thirds relations; 15k is 5,000 nodes and 10,000 edges)
 * served from a synthetic API. For each size, layout (`default`: as the viewer picks it by size, fcose up to 3,000
 * elements and the server's positions above; `fcose`: the layout route refused, so fcose at every size as before the
 * server laid views out; `preset`: positions given in a shared link) and renderer (Cytoscape's canvas, or its experimental WebGL mode): time to the first complete draw,
 * frames drawn per second while the view is dragged, and how long a click on a node takes to select it, show its
 * details and draw the selection (with the CPU time the page's main thread spent on it, from a Chrome trace).
 * Options: --sizes 1000,15000 --layouts default,fcose,preset --renderers canvas,webgl --pan-ms 3000 --dist DIR (a build to
 * measure instead of building packages/viewer).
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import {
  dragPan,
  drawnState,
  nodeToClick,
  selectionDrawn,
  selectedIds,
  settle,
  watchFirstDraw,
  watchSelection,
} from './in-page';
import { syntheticView, type SyntheticView } from './synthetic-view';
import { cpuWhile, type MainThreadCpu } from './trace-cpu';
import { routeViewer, VIEWER_ORIGIN } from './viewer-routes';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'packages', 'viewer', 'dist');

/** What "usable" means here: attention holds for the first draw, motion looks continuous, a click answers at once. */
const USABLE = { firstDrawMs: 10_000, panFps: 10, clickMs: 1_000 };

interface Run {
  elements: number;
  nodes: number;
  edges: number;
  layout: 'default' | 'fcose' | 'preset';
  renderer: 'canvas' | 'webgl';
  /** Who placed the nodes: the server (its layout's time in the bench's process), fcose in the page, or the link. */
  laidOutBy: string;
  firstDrawMs: number;
  afterGraphMs: number | null;
  /** How long after the first draw the renderer stopped refining (at most 20 s), before the drag starts. */
  settledMs: number;
  /** The zoom the view was fitted at: node labels under 6 px on screen (12 px × zoom) are not drawn. */
  zoom: number;
  panFps: number;
  /** How long after letting go the renderer was busy (redrawing what the drag left out), before the click. */
  quietAfterDragMs: number;
  meanDrawMs: number;
  edgesHiddenWhileDragging: boolean;
  clickMs: number | null;
  /** The same click from the moment the press was sent (the wall clock above also holds starting the trace). */
  clickFromPressMs: number | null;
  /** CPU time of the page's main thread from the click to the details (a figure the machine's load moves less). */
  clickCpu: MainThreadCpu | null;
  /** Why the click did not count, when it did not. */
  clickProblem?: string;
  usable: boolean;
  load: [number, number];
  error?: string;
}

const load1 = (): number => Number((loadavg()[0] ?? 0).toFixed(2));
const list = (value: string): string[] => value.split(',').map((part) => part.trim());

/** A `?view=` link opening the focus entity, with every node's position when the layout is given. */
function viewLink(view: SyntheticView, layout: Run['layout'], renderer: Run['renderer']): string {
  const shared = { v: 1, log: [{ a: 'open', id: view.focus }], p: layout === 'preset' ? view.positions : {}, s: null };
  const encoded = Buffer.from(JSON.stringify(shared)).toString('base64url');
  return `${VIEWER_ORIGIN}/?renderer=${renderer}&view=${encoded}`;
}

async function measure(
  browser: Browser,
  dist: string,
  view: SyntheticView,
  layout: Run['layout'],
  renderer: Run['renderer'],
  panMs: number,
): Promise<Omit<Run, 'elements' | 'nodes' | 'edges' | 'layout' | 'renderer' | 'usable' | 'load'>> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    // tsx keeps function names through a helper the page lacks; the functions sent to the page call it.
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await page.addInitScript(watchFirstDraw, view.graph.nodes.length);
    const calls = await routeViewer(page, dist, view, layout !== 'fcose');
    await page.goto(viewLink(view, layout, renderer));
    await page.waitForFunction(
      () => (globalThis as { __bench?: { firstDrawAt?: number } }).__bench?.firstDrawAt !== undefined,
      null,
      { timeout: 900_000, polling: 250 },
    );
    const times = await page.evaluate(() => (globalThis as { __bench?: object }).__bench);
    const { firstDrawAt = 0, graphArrivedAt } = (times ?? {}) as { firstDrawAt?: number; graphArrivedAt?: number };
    const drawn = await page.evaluate(drawnState);
    if (drawn.nodes !== view.graph.nodes.length || drawn.edges !== view.graph.edges.length)
      throw new Error(`drew ${drawn.nodes} nodes and ${drawn.edges} edges`);
    if (drawn.webgl !== (renderer === 'webgl')) throw new Error(`asked for ${renderer}, got webgl=${drawn.webgl}`);
    const settledMs = await page.evaluate(settle, { quietMs: 500, maxMs: 20_000 });
    const pan = await page.evaluate(dragPan, panMs);
    if (!pan.moved) throw new Error('dragging did not move the view');
    // The click comes once the view is at rest again, as an analyst's would after letting go.
    const quietAfterDragMs = await page.evaluate(settle, { quietMs: 500, maxMs: 20_000 });
    const target = await page.evaluate(nodeToClick);
    let clickMs: number | null = null;
    let clickFromPressMs: number | null = null;
    let clickCpu: MainThreadCpu | null = null;
    let clickProblem = target ? '' : 'no node a click reaches';
    if (target) {
      const clicked = Date.now();
      await page.evaluate(watchSelection);
      let pressedAt = 0;
      const [answeredAt, cpu] = await cpuWhile(browser, page, async () => {
        pressedAt = Date.now();
        await page.mouse.click(target.x, target.y);
        await page.locator(`[data-testid="details-name"][data-entity-id="${target.id}"]`).waitFor({ timeout: 60_000 });
        await page.waitForFunction(selectionDrawn, null, { timeout: 60_000, polling: 'raf' });
        return Date.now();
      });
      const selected = await page.evaluate(selectedIds);
      if (selected.length === 1 && selected[0] === target.id) {
        clickMs = answeredAt - clicked;
        clickFromPressMs = answeredAt - pressedAt;
        clickCpu = cpu;
      } else clickProblem = `details shown, but selected: ${selected.join(', ') || 'nothing'}`;
    }
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    const serverMs = calls.answeredMs.reduce((a, b) => a + b, 0);
    const laidOutBy =
      layout === 'preset' ? 'link' : calls.answeredMs.length > 0 ? `server ${Math.round(serverMs)} ms` : 'fcose';
    return {
      laidOutBy,
      firstDrawMs: Math.round(firstDrawAt),
      afterGraphMs: graphArrivedAt === undefined ? null : Math.round(firstDrawAt - graphArrivedAt),
      panFps: Number((pan.frames / pan.seconds).toFixed(1)),
      meanDrawMs: Number(pan.meanDrawMs.toFixed(1)),
      settledMs: Math.round(settledMs),
      zoom: Number(drawn.zoom.toFixed(3)),
      quietAfterDragMs: Math.round(quietAfterDragMs),
      edgesHiddenWhileDragging: pan.dragging && drawn.hideEdgesOnViewport && !drawn.webgl,
      clickMs,
      clickFromPressMs,
      clickCpu,
      ...(clickProblem ? { clickProblem } : {}),
    };
  } finally {
    await context.close();
  }
}

/** The GL implementation Chromium gives WebGL here (SwiftShader, software, on a machine without a GPU). */
async function glRenderer(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return 'no WebGL2';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    });
  } finally {
    await page.close();
  }
}

function describe(run: Run): string {
  const n = (value: number): string => value.toLocaleString('en');
  const head =
    `${n(run.elements)} elements (${n(run.nodes)} nodes, ${n(run.edges)} edges), ${run.renderer}, ${run.layout}` +
    (run.laidOutBy ? ` (laid out by ${run.laidOutBy})` : '');
  if (run.error) return `${head}: FAILED ${run.error} · load ${run.load[0]}→${run.load[1]}`;
  return (
    `${head}: first draw ${n(run.firstDrawMs)} ms from opening (${run.afterGraphMs === null ? '?' : n(run.afterGraphMs)} ms after ` +
    `the graph arrived, zoom ${run.zoom}), quiet ${n(run.settledMs)} ms later, then dragging ${run.panFps} frames/s (${run.meanDrawMs} ms a frame` +
    `${run.edgesHiddenWhileDragging ? ', edges hidden' : ''}), at rest ${n(run.quietAfterDragMs)} ms after, ` +
    `then click → selected with details ` +
    (run.clickMs === null ? `FAILED (${run.clickProblem ?? '?'})` : `${n(run.clickMs)} ms`) +
    (run.clickCpu
      ? ` (main thread CPU ${n(Math.round(run.clickCpu.taskMs))} ms, of which frames ${n(Math.round(run.clickCpu.frameMs))} ms, ` +
        `${run.clickCpu.longFrames} over 50 ms)`
      : '') +
    (run.clickFromPressMs === null ? '' : `, ${n(run.clickFromPressMs)} ms from the press`) +
    ` · ${run.usable ? 'usable' : 'NOT usable'} · ` +
    `load ${run.load[0]}→${run.load[1]}`
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,5000,10000,15000' },
      layouts: { type: 'string', default: 'default,fcose,preset' },
      renderers: { type: 'string', default: 'canvas,webgl' },
      'pan-ms': { type: 'string', default: '3000' },
      dist: { type: 'string' },
    },
  });
  const sizes = list(values.sizes).map(Number);
  const layouts = list(values.layouts).filter(
    (l): l is Run['layout'] => l === 'default' || l === 'fcose' || l === 'preset',
  );
  const renderers = list(values.renderers).filter((r): r is Run['renderer'] => r === 'canvas' || r === 'webgl');
  const panMs = Number(values['pan-ms']);
  // Another build (`--dist DIR`, e.g. `vite build --outDir DIR` of a change) is measured as it is.
  const dist = values.dist ? resolve(values.dist) : DIST;
  if (!values.dist) {
    console.error('building the viewer…');
    execFileSync('pnpm', ['--filter', '@newsgraph/viewer', 'run', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  }
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    // As the browser tests run it: no GPU, canvas drawn in software, WebGL on SwiftShader (newer Chromium wants it asked).
    args: [
      '--no-sandbox',
      '--no-first-run',
      '--disable-gpu',
      '--disable-background-networking',
      '--enable-unsafe-swiftshader',
    ],
  });
  const runs: Run[] = [];
  const version = browser.version();
  const gl = await glRenderer(browser);
  console.log(
    `Chromium ${version} headless, ${cpus().length} cores, WebGL by ${gl}; load average (1 min) ${load1()} at start`,
  );
  console.log(
    `usable = first draw within ${USABLE.firstDrawMs / 1000} s of opening, at least ${USABLE.panFps} frames/s while ` +
      `dragging, and a click on a node selects it, shows its details and draws the selection within ${USABLE.clickMs / 1000} s`,
  );
  try {
    for (const elements of sizes) {
      const nodes = Math.round(elements / 3);
      const view = syntheticView(nodes, elements - nodes);
      for (const layout of layouts)
        for (const renderer of renderers) {
          const before = load1();
          const base = { elements, nodes, edges: elements - nodes, layout, renderer };
          let run: Run;
          try {
            const measured = await measure(browser, dist, view, layout, renderer, panMs);
            const usable =
              measured.firstDrawMs <= USABLE.firstDrawMs &&
              measured.panFps >= USABLE.panFps &&
              measured.clickMs !== null &&
              measured.clickMs <= USABLE.clickMs;
            run = { ...base, ...measured, usable, load: [before, load1()] };
          } catch (error) {
            const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
            run = {
              ...base,
              laidOutBy: '',
              firstDrawMs: 0,
              afterGraphMs: null,
              settledMs: 0,
              zoom: 0,
              panFps: 0,
              quietAfterDragMs: 0,
              meanDrawMs: 0,
              edgesHiddenWhileDragging: false,
              clickMs: null,
              clickFromPressMs: null,
              clickCpu: null,
              usable: false,
              load: [before, load1()],
              error: message ?? 'failed',
            };
          }
          runs.push(run);
          console.log(describe(run));
        }
    }
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify({ chromium: version, webgl: gl, cpus: cpus().length, usable: USABLE, runs }));
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

/**
 * `pnpm run -s bench:viewer-render`: in Debian's Chromium (headless, software rendering), how long Cytoscape.js
 * takes to lay out and first draw a view of 1k, 5k and 10k elements (a third nodes, two thirds edges) with the
 * viewer's large-graph settings, and how many frames a second it draws while the view is panned. Layouts: fcose
 * (the viewer's default; draft quality above 3,000 elements) and preset (positions given, as from the server).
 */
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const SIZES = [1000, 5000, 10000];
const LAYOUTS = ['fcose', 'preset'] as const;
/** The viewer's thresholds (packages/viewer/src/large-graph.ts). */
const LARGE_VIEW = 1500;
const DRAFT_LAYOUT = 3000;
const PAN_MS = 3000;

const fromViewer = createRequire(join(__dirname, '..', '..', 'packages', 'viewer', 'package.json'));
const fcosePath = fromViewer.resolve('cytoscape-fcose');
const coseBasePath = createRequire(fcosePath).resolve('cose-base');
const layoutBasePath = createRequire(coseBasePath).resolve('layout-base');
const SCRIPTS = [layoutBasePath, coseBasePath, fromViewer.resolve('cytoscape/dist/cytoscape.min.js'), fcosePath];

interface Result {
  elements: number;
  layout: string;
  firstDrawMs: number;
  panFps: number;
}

/** Runs in the page: builds a seeded random graph, draws it, then pans for `panMs` counting Cytoscape's renders. */
function measure(args: { elements: number; layout: string; large: number; draft: number; panMs: number }): Promise<{
  firstDrawMs: number;
  panFps: number;
}> {
  type Cy = {
    on(event: string, fn: () => void): void;
    one(event: string, fn: () => void): void;
    panBy(by: { x: number; y: number }): void;
    destroy(): void;
    layout(options: object): { run(): void; one(event: string, fn: () => void): void };
  };
  const g = globalThis as unknown as {
    cytoscape: ((options: object) => Cy) & { use(ext: unknown): void };
    cytoscapeFcose: unknown;
    __fcoseRegistered?: boolean;
  };
  if (!g.__fcoseRegistered) {
    g.cytoscape.use(g.cytoscapeFcose);
    g.__fcoseRegistered = true;
  }
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const nodeCount = Math.round(args.elements / 3);
  const edgeCount = args.elements - nodeCount;
  const types = ['Person', 'Organization', 'Country', 'Location', 'Policy', 'Event'];
  const side = Math.ceil(Math.sqrt(nodeCount));
  const elements: object[] = [];
  for (let i = 0; i < nodeCount; i += 1)
    elements.push({
      group: 'nodes',
      data: { id: `n${i}`, label: `Entity ${i}`, type: types[i % 6], size: 20 + (i % 7) * 6 },
      position: { x: (i % side) * 80 + random() * 30, y: Math.floor(i / side) * 80 + random() * 30 },
    });
  for (let i = 0; i < edgeCount; i += 1) {
    // Each edge joins a node to one of its neighbours in creation order most of the time, like a news graph's clusters.
    const source = Math.floor(random() * nodeCount);
    const near = random() < 0.8;
    const target = near
      ? Math.min(nodeCount - 1, source + 1 + Math.floor(random() * 20))
      : Math.floor(random() * nodeCount);
    elements.push({
      group: 'edges',
      data: { id: `e${i}`, source: `n${source}`, target: `n${target}`, label: 'MET_WITH' },
    });
  }
  const container = document.getElementById('cy');
  const started = performance.now();
  const cy = g.cytoscape({
    container,
    elements,
    hideEdgesOnViewport: args.elements > args.large,
    textureOnViewport: args.elements > args.large * 4,
    style: [
      {
        selector: 'node',
        style: {
          width: 'data(size)',
          height: 'data(size)',
          label: 'data(label)',
          'font-size': 12,
          'min-zoomed-font-size': 8,
        },
      },
      {
        selector: 'edge',
        style: {
          width: 1.5,
          label: 'data(label)',
          'font-size': 9,
          'curve-style': 'bezier',
          'target-arrow-shape': 'triangle',
          'min-zoomed-font-size': 8,
        },
      },
    ],
    layout: { name: 'preset' },
  });
  const layoutDone = new Promise<void>((resolve) => {
    if (args.layout === 'preset') return resolve();
    const layout = cy.layout({
      name: 'fcose',
      quality: args.elements > args.draft ? 'draft' : 'default',
      randomize: true,
      animate: false,
      nodeDimensionsIncludeLabels: args.elements < args.large,
    });
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
  return layoutDone
    .then(() => new Promise<void>((resolve) => cy.one('render', () => resolve())))
    .then(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())))
    .then(() => {
      const firstDrawMs = performance.now() - started;
      let renders = 0;
      cy.on('render', () => (renders += 1));
      return new Promise<{ firstDrawMs: number; panFps: number }>((resolve) => {
        const panStart = performance.now();
        const step = (): void => {
          const now = performance.now();
          if (now - panStart >= args.panMs) {
            cy.destroy();
            resolve({ firstDrawMs, panFps: (renders * 1000) / (now - panStart) });
            return;
          }
          cy.panBy({ x: 4, y: 2 });
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      });
    });
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const results: Result[] = [];
  const before = loadavg();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.setContent('<div id="cy" style="width:1280px;height:800px"></div>');
    for (const path of SCRIPTS) await page.addScriptTag({ path });
    // tsx compiles with names kept: the function sent to the page calls its helper, which the page lacks.
    await page.addScriptTag({ content: 'globalThis.__name = (fn) => fn;' });
    for (const elements of SIZES)
      for (const layout of LAYOUTS) {
        const measured = await page.evaluate(measure, {
          elements,
          layout,
          large: LARGE_VIEW,
          draft: DRAFT_LAYOUT,
          panMs: PAN_MS,
        });
        results.push({ elements, layout, ...measured });
        console.log(
          `${elements} elements, ${layout}: first draw ${Math.round(measured.firstDrawMs)} ms, ` +
            `${measured.panFps.toFixed(1)} frames/s while panning`,
        );
      }
  } finally {
    await browser.close();
  }
  const after = loadavg();
  console.log(
    JSON.stringify({
      cpus: cpus().length,
      loadAverage1mBeforeAfter: [before[0] ?? 0, after[0] ?? 0].map((n) => Number(n.toFixed(2))),
      results: results.map((r) => ({
        ...r,
        firstDrawMs: Math.round(r.firstDrawMs),
        panFps: Number(r.panFps.toFixed(1)),
      })),
    }),
  );
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

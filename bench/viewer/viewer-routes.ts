import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { layOutInThread } from '@newsgraph/api';
import { ViewLayoutRequestSchema, type EntityDetails, type EntityList } from '@newsgraph/schema';
import type { Page } from 'playwright-core';
import type { SyntheticView } from './synthetic-view';

export const VIEWER_ORIGIN = 'http://viewer.bench';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const json = (body: unknown, status = 200) => ({ status, contentType: 'application/json', body: JSON.stringify(body) });

/** What the page asked of the layout route: its answers' server-side time, or how many it refused. */
export interface LayoutCalls {
  answeredMs: number[];
  refused: number;
}

/**
 * Serves the built viewer and answers its API calls from the synthetic view, so the page runs the viewer's own code
 * (parsing, view log, large-graph settings, layout, drawing) on a graph of any size without a database behind it.
 * `POST /api/layout` runs the API's own layout code (on its worker thread, as the API does), or is refused (`serverLayout: false`), so the viewer falls back
 * to fcose as it did before the server laid large views out.
 */
export async function routeViewer(
  page: Page,
  dist: string,
  view: SyntheticView,
  serverLayout = true,
): Promise<LayoutCalls> {
  const calls: LayoutCalls = { answeredMs: [], refused: 0 };
  const graphBody = JSON.stringify(view.graph);
  const nodes = new Map(view.graph.nodes.map((node) => [node.data.id, node.data]));
  await page.route(`${VIEWER_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const path = url.pathname;
    if (path === '/api/graph') return route.fulfill({ status: 200, contentType: 'application/json', body: graphBody });
    if (path === '/api/articles') return route.fulfill(json({ items: [], offset: 0, limit: 500, nextOffset: null }));
    if (path === '/api/layout') {
      if (!serverLayout) {
        calls.refused += 1;
        return route.fulfill(json({ error: { code: 'INTERNAL', message: 'off', requestId: 'bench' } }, 503));
      }
      const started = performance.now();
      const answer = await layOutInThread(ViewLayoutRequestSchema.parse(route.request().postDataJSON()));
      calls.answeredMs.push(performance.now() - started);
      return route.fulfill(json(answer));
    }
    if (path === '/api/ambiguous') return route.fulfill(json({ items: [] }));
    if (path === '/api/entities') {
      const focus = nodes.get(view.focus);
      const list: EntityList = { items: [], offset: 0, limit: 1, nextOffset: null };
      if (focus) list.items.push({ ...focus, name: focus.label, aliases: [] });
      return route.fulfill(json(list));
    }
    if (path.startsWith('/api/entities/')) {
      const node = nodes.get(decodeURIComponent(path.slice('/api/entities/'.length)));
      if (!node) return route.fulfill(json({ error: { code: 'NOT_FOUND', message: path, requestId: 'bench' } }, 404));
      const details: EntityDetails = {
        entity: { ...node, name: node.label, kind: null, aliases: [], firstSeen: null, lastSeen: null },
        relations: [],
        relationsTruncated: false,
        articles: [],
        quotes: [],
      };
      return route.fulfill(json(details));
    }
    if (path.startsWith('/api/'))
      return route.fulfill(json({ error: { code: 'NOT_FOUND', message: path, requestId: 'bench' } }, 404));
    const file = normalize(join(dist, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dist)) return route.fulfill({ status: 404, body: '' });
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
    return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body });
  });
  return calls;
}

import { join } from 'node:path';
import type { ViewLayout, ViewLayoutRequest } from '@newsgraph/schema';
import { Piscina } from 'piscina';

/** Lays a view out: the route's work, given to the app so a test can see when a layout begins. */
export type ViewLayouter = (view: ViewLayoutRequest) => Promise<ViewLayout>;

/** How long an idle layout thread is kept, so views opened one after another do not each start a thread. */
const IDLE_MS = 60_000;

let pool: Piscina<ViewLayoutRequest, ViewLayout> | undefined;

/**
 * Lays a view out on a worker thread, so the seconds ForceAtlas2 takes on a large view do not hold up every other
 * request: one thread (layouts queue; on a small machine a second would only slow the first), started on the first
 * layout and ended after a minute idle; an idle thread does not keep the process alive.
 */
export const layOutInThread: ViewLayouter = (view) => {
  pool ??= new Piscina<ViewLayoutRequest, ViewLayout>({
    filename: join(__dirname, 'layout-worker.js'),
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: IDLE_MS,
  });
  return pool.run(view);
};

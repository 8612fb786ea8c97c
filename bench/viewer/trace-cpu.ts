import type { Browser, Page } from 'playwright-core';

/** A Chrome trace event, as much of it as the sums read. */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { name?: string };
}

/** CPU time of the page's main thread over a stretch: its tasks in all, and the animation frames among them. */
export interface MainThreadCpu {
  taskMs: number;
  frameMs: number;
  /** Animation frames that took over 50 ms of CPU: the redraws of everything, not the cheap ones between. */
  longFrames: number;
}

/**
 * Thread time (CPU time, not wall-clock time) of the renderer's main thread in a trace: what the page itself cost,
 * which another process's load slows far less than it slows the wall clock.
 */
export function mainThreadCpu(events: readonly TraceEvent[]): MainThreadCpu {
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const sum = { taskMs: 0, frameMs: 0, longFrames: 0 };
  if (!main) return sum;
  for (const event of events) {
    if (event.ph !== 'X' || event.pid !== main.pid || event.tid !== main.tid) continue;
    const ms = (event.tdur ?? 0) / 1000;
    if (event.name === 'ThreadControllerImpl::RunTask') sum.taskMs += ms;
    if (event.name === 'FireAnimationFrame') {
      sum.frameMs += ms;
      if (ms > 50) sum.longFrames += 1;
    }
  }
  return sum;
}

/** Traces `page` while `run` runs and returns its main thread's CPU time. */
export async function cpuWhile<T>(browser: Browser, page: Page, run: () => Promise<T>): Promise<[T, MainThreadCpu]> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel'] });
  let result: T;
  try {
    result = await run();
  } catch (error) {
    await browser.stopTracing();
    throw error;
  }
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents?: TraceEvent[] };
  return [result, mainThreadCpu(trace.traceEvents ?? [])];
}

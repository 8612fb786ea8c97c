import type { ProgressEvent, ProgressListener } from '@newsgraph/ingest';
import { SingleBar } from 'cli-progress';
import type { Logger } from 'pino';

/** How a command shows progress: a bar on a terminal, a log line every few seconds otherwise, or nothing. */
export type ProgressMode = 'bar' | 'log' | 'none';

interface Display {
  tick(done: number, total: number): void;
  stop(): void;
}

const QUIET: Display = { tick: () => {}, stop: () => {} };

/** The mode for this process: a bar when stderr is a terminal, log lines when it is a file or a pipe. */
export function defaultProgressMode(): ProgressMode {
  return process.stderr.isTTY ? 'bar' : 'log';
}

/** Renders a run's progress events (`label` names the run); undefined for `none`, so the run need not count. */
export function renderProgress(mode: ProgressMode, logger: Logger, label: string): ProgressListener | undefined {
  if (mode === 'none') return undefined;
  let display = QUIET;
  return (event: ProgressEvent) => {
    if (event.type === 'start') display = createDisplay(event.total, mode, logger, label);
    else if (event.type === 'advance') display.tick(event.done, event.total);
    else display.stop();
  };
}

/** A display for `total` articles (an estimate that may grow), with articles a second and ETA. */
function createDisplay(total: number, mode: 'bar' | 'log', logger: Logger, label: string): Display {
  if (total <= 1) return QUIET;
  const started = Date.now();
  const rate = (done: number): string => (done / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1);
  if (mode === 'bar') {
    const bar = new SingleBar({
      format: `${label} [{bar}] {value}/{total} articles | {rate} articles/s | ETA {eta_formatted}`,
      hideCursor: true,
      etaBuffer: 200,
      stream: process.stderr,
    });
    bar.start(total, 0, { rate: '0' });
    let shown = total;
    return {
      tick: (done, next) => {
        if (next !== shown) bar.setTotal((shown = next));
        bar.update(done, { rate: rate(done) });
      },
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  return {
    tick: (done, expected) => {
      if (Date.now() - last < 5000) return;
      last = Date.now();
      const perSecond = Number(rate(done));
      const eta = perSecond > 0 ? Math.round((expected - done) / perSecond) : 0;
      logger.info(`${label}: ${done}/${expected} articles, ${perSecond} articles/s, ETA ${eta}s`);
    },
    stop: () => {},
  };
}

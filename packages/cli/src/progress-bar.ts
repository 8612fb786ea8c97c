import { SingleBar } from 'cli-progress';
import type { Logger } from 'pino';

/** Where a long ingest is: a bar on a terminal, a log line every few seconds otherwise. */
export interface Progress {
  tick(done: number): void;
  grow(total: number): void;
  stop(): void;
}

const QUIET: Progress = { tick: () => {}, grow: () => {}, stop: () => {} };

/** A progress display for `total` articles (an estimate that may grow), with articles a second and ETA. */
export function createProgress(total: number, mode: 'bar' | 'log' | 'none', logger: Logger): Progress {
  if (mode === 'none' || total <= 1) return QUIET;
  const started = Date.now();
  const rate = (done: number): string => (done / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1);
  if (mode === 'bar') {
    const bar = new SingleBar({
      format: 'ingest [{bar}] {value}/{total} articles | {rate} articles/s | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 200,
      stream: process.stderr,
    });
    bar.start(total, 0, { rate: '0' });
    return {
      tick: (done) => bar.update(done, { rate: rate(done) }),
      grow: (next) => bar.setTotal(next),
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  let expected = total;
  return {
    tick: (done) => {
      if (Date.now() - last < 5000) return;
      last = Date.now();
      const perSecond = Number(rate(done));
      const eta = perSecond > 0 ? Math.round((expected - done) / perSecond) : 0;
      logger.info(`ingest: ${done}/${expected} articles, ${perSecond} articles/s, ETA ${eta}s`);
    },
    grow: (next) => {
      expected = next;
    },
    stop: () => {},
  };
}

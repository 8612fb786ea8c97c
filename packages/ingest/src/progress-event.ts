/**
 * How far a long run is, told to whoever renders it (a bar, a log line, an API stream): `start` with the expected
 * total (an estimate that `advance` may raise), `advance` after each article is settled, `end` once.
 */
export type ProgressEvent =
  | { type: 'start'; total: number }
  | { type: 'advance'; done: number; total: number }
  | { type: 'end'; done: number; total: number };

/** Receives progress events; it must not throw, and a run without one reports nothing. */
export type ProgressListener = (event: ProgressEvent) => void;

/** Counts settled articles against a growing total and tells the listener, so every run reports progress alike. */
export function progressCounter(
  total: number,
  listener: ProgressListener | undefined,
): { advance(count: number): void; end(): void } {
  let done = 0;
  let expected = total;
  listener?.({ type: 'start', total });
  return {
    advance(count) {
      done += count;
      if (done > expected) expected = done;
      listener?.({ type: 'advance', done, total: expected });
    },
    end() {
      listener?.({ type: 'end', done, total: expected });
    },
  };
}

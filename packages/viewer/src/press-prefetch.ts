/**
 * Starts loading what a click on a node will show as soon as the button goes down on it, so the answer is on its way
 * (often arrived) by the time the click completes: in a large view the press and the release each cost the renderer
 * a redraw of everything, and a request started only on release waits behind them.
 */
export class PressPrefetch<T> {
  private pending: { id: string; loaded: Promise<T>; abort: AbortController } | null = null;

  constructor(private readonly load: (id: string, signal: AbortSignal) => Promise<T>) {}

  /** The button went down on `id`: load it afresh (an older press's load is dropped). */
  press(id: string): void {
    this.pending?.abort.abort();
    const abort = new AbortController();
    const loaded = this.load(id, abort.signal);
    // Whoever takes it sees the failure; one never taken must not be reported as unhandled.
    loaded.catch(() => undefined);
    this.pending = { id, loaded, abort };
  }

  /** The press ended without a click taking its load (a drag, say): drop it, so nothing later gets stale data. */
  drop(): void {
    this.pending?.abort.abort();
    this.pending = null;
  }

  /**
   * The load the last press started for `id`, handed over once and stopped when `signal` aborts; a fresh load when
   * the last press was on something else or was already taken.
   */
  take(id: string, signal: AbortSignal): Promise<T> {
    const pending = this.pending;
    this.pending = null;
    if (pending?.id !== id) {
      pending?.abort.abort();
      return this.load(id, signal);
    }
    if (signal.aborted) pending.abort.abort();
    else signal.addEventListener('abort', () => pending.abort.abort(), { once: true });
    return pending.loaded;
  }
}

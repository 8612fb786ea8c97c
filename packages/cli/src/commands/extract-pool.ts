import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** Lines a worker may hold at once: enough to keep it busy while the main thread reads, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 4;

/** How many workers `extract --jsonl` uses: NEWSGRAPH_WORKERS if set, else one per core; 1 means no pool. */
export function defaultWorkerCount(): number {
  const fromEnv = Number(process.env.NEWSGRAPH_WORKERS);
  if (Number.isInteger(fromEnv) && fromEnv >= 1) return fromEnv;
  return Math.max(1, availableParallelism());
}

/** Worker threads run the TypeScript sources through tsx's require hook, as bin/newsgraph.js does for the CLI. */
function startWorker(): Worker {
  const boot = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(join(__dirname, 'extract-worker.ts'))});`;
  return new Worker(boot, { eval: true });
}

/**
 * Extracts lines on `size` worker threads and hands results back in input order.
 * `submit` resolves once the line is queued (waiting while too many are in flight).
 */
export class ExtractPool {
  private readonly workers: Worker[];
  private readonly idle: Worker[];
  private readonly queue: { seq: number; line: string }[] = [];
  private readonly done = new Map<number, string>();
  private readonly capacity: number;
  private next = 0;
  private submitted = 0;
  private inFlight = 0;
  private failure: Error | undefined;
  private closing = false;
  private wake: (() => void) | undefined;

  constructor(size: number, private readonly emit: (out: string) => Promise<void> | void) {
    this.capacity = size * IN_FLIGHT_PER_WORKER;
    this.workers = Array.from({ length: size }, () => startWorker());
    this.idle = [];
    for (const w of this.workers) {
      w.on('message', (msg: { seq: number; out: string }) => this.onResult(w, msg));
      w.on('error', (error) => this.fail(error));
      w.on('exit', (code) => { if (!this.closing) this.fail(new Error(`extract worker exited with code ${code}`)); });
      for (let i = 0; i < IN_FLIGHT_PER_WORKER; i++) this.idle.push(w);
    }
  }

  /** Queues one input line; waits while the pool is full so a huge input never sits in memory at once. */
  async submit(line: string): Promise<void> {
    while (this.inFlight >= this.capacity && !this.failure) await new Promise<void>((resolve) => { this.wake = resolve; });
    if (this.failure) throw this.failure;
    this.inFlight++;
    this.queue.push({ seq: this.submitted++, line });
    this.dispatch();
  }

  /** Waits for every submitted line to be emitted, then stops the workers. */
  async finish(): Promise<void> {
    while (this.next < this.submitted && !this.failure) await new Promise<void>((resolve) => { this.wake = resolve; });
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
    if (this.failure) throw this.failure;
  }

  private dispatch(): void {
    while (this.queue.length > 0 && this.idle.length > 0) {
      const job = this.queue.shift();
      const worker = this.idle.shift();
      if (job && worker) worker.postMessage(job);
    }
  }

  private onResult(worker: Worker, msg: { seq: number; out: string }): void {
    this.done.set(msg.seq, msg.out);
    this.idle.push(worker);
    this.dispatch();
    void this.flush();
  }

  private flushing = false;

  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      for (let out = this.done.get(this.next); out !== undefined; out = this.done.get(this.next)) {
        this.done.delete(this.next);
        this.next++;
        await this.emit(out);
        this.inFlight--;
        this.signal();
      }
    } catch (error) {
      this.fail(error as Error);
    } finally {
      this.flushing = false;
    }
    if (this.done.has(this.next)) void this.flush();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.signal();
  }

  private signal(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}

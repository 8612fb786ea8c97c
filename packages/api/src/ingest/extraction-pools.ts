import type { ArticleToWrite } from '@newsgraph/graph-store';
import { createExtractionPool, type ExtractionPool, type PrepareContext } from '@newsgraph/ingest';
import type { ArticleInput } from '@newsgraph/schema';

interface Slot {
  version: string;
  pool: ExtractionPool;
  inFlight: Set<Promise<unknown>>;
}

// A short article that touches every stage, so a warmed thread has loaded the extractor and its model files.
const WARM_UP_LINE = JSON.stringify({
  id: 'warm-up',
  text: 'President Joe Biden met Chancellor Olaf Scholz in Berlin on Monday. "We stand together," Biden said.',
});

/**
 * Extraction threads for the API: one pool per extraction context (the overrides are fixed per pool), replaced
 * when the overrides change; the old pool is closed once the articles it is extracting are done.
 */
export class ExtractionPools {
  private current: Slot | undefined;
  private readonly retiring = new Set<Promise<void>>();

  constructor(private readonly threads: number) {}

  /** Extracts one article on a worker thread with the given context. */
  prepare(article: ArticleInput, context: PrepareContext): Promise<ArticleToWrite> {
    const slot = this.slotFor(context);
    const task = slot.pool.prepare(article);
    track(slot.inFlight, task);
    return task;
  }

  /** Makes the pool for this context if needed and has every thread load the extractor, so no request waits for it. */
  async warm(context: PrepareContext): Promise<void> {
    const slot = this.slotFor(context);
    const warming = Array.from({ length: slot.pool.threads }, () => slot.pool.extractLine(WARM_UP_LINE));
    for (const task of warming) track(slot.inFlight, task);
    await Promise.all(warming);
  }

  async close(): Promise<void> {
    const last = this.current;
    this.current = undefined;
    if (last) this.retire(last);
    await Promise.all([...this.retiring]);
  }

  private slotFor(context: PrepareContext): Slot {
    if (this.current?.version === context.version) return this.current;
    const previous = this.current;
    this.current = {
      version: context.version,
      pool: createExtractionPool({ workers: this.threads, prepare: context }),
      inFlight: new Set(),
    };
    if (previous) this.retire(previous);
    return this.current;
  }

  private retire(slot: Slot): void {
    // A pool that fails to stop has no work left to lose; its failure must not reject anyone's request.
    const closing = Promise.allSettled([...slot.inFlight])
      .then(() => slot.pool.close())
      .catch(() => undefined)
      .then(() => void this.retiring.delete(closing));
    this.retiring.add(closing);
  }
}

function track(inFlight: Set<Promise<unknown>>, task: Promise<unknown>): void {
  inFlight.add(task);
  const done = (): void => void inFlight.delete(task);
  task.then(done, done);
}

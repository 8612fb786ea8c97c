import type { MirrorData } from './mirror-data';

/** How the store keeps its mirror of the graph in step with Neo4j. */
export interface MirrorOptions {
  /** How often, at most, Neo4j is asked whether anything was committed since the mirror was read. */
  checkEveryMs: number;
  /** The least time between the starts of two readings of the whole graph, so a running ingest is not slowed. */
  rebuildGapMs: number;
}

/** At most 16 times the gap between readings while every one is dropped (8 minutes with the default 30 s). */
const MAX_DOUBLINGS = 4;

/** Past this share of `checkEveryMs`, a request starts the next stamp read without waiting for it. */
export const REFRESH_AT = 0.6;

export const DEFAULT_MIRROR: MirrorOptions = { checkEveryMs: 500, rebuildGapMs: 30_000 };

/**
 * The entities and relations in memory, for answers Neo4j would take a round trip and a Lucene query to give. It is
 * used only while the database's last committed transaction (its bookmark) is the one it was read at: any write, by
 * this process or another (a CLI ingest, an override applied), makes callers fall back to Neo4j until it is read again.
 */
export class GraphMirror {
  private data: MirrorData | undefined;
  private latest: string | undefined;
  private checkedAt = Number.NEGATIVE_INFINITY;
  /** Moved by every write through this process, so a stamp read that began before the write is not trusted. */
  private generation = 0;
  private checking: { generation: number; done: Promise<void> } | undefined;
  private building: Promise<void> | undefined;
  private builtAt = Number.NEGATIVE_INFINITY;
  /** Readings dropped in a row because something was committed meanwhile (a running ingest): each doubles the gap. */
  private dropped = 0;

  constructor(
    private readonly options: MirrorOptions,
    /** The bookmark of the database's last committed transaction. */
    private readonly readStamp: () => Promise<string>,
    /** Reads the whole mirror, its stamp read before the rows. */
    private readonly load: () => Promise<MirrorData>,
    private readonly now: () => number = Date.now,
  ) {}

  /** The mirror if it holds the graph as last committed (checked at most every `checkEveryMs`); else starts a rebuild. */
  async current(): Promise<MirrorData | undefined> {
    const age = this.now() - this.checkedAt;
    try {
      if (age >= this.options.checkEveryMs) await this.check();
      // Read again ahead of time, so under steady traffic no request waits for the round trip.
      else if (age >= this.options.checkEveryMs * REFRESH_AT) this.check().catch(() => undefined);
    } catch {
      // Neo4j did not answer: the caller's own query reports that.
      return undefined;
    }
    if (this.data && this.data.stamp === this.latest) return this.data;
    const gap = this.options.rebuildGapMs * 2 ** Math.min(this.dropped, MAX_DOUBLINGS);
    if (this.now() - this.builtAt >= gap) this.rebuild().catch(() => undefined);
    return undefined;
  }

  /** After a write through this process: the next call reads the stamp again rather than trust the last one. */
  invalidate(): void {
    this.generation += 1;
    this.checkedAt = Number.NEGATIVE_INFINITY;
  }

  /** Reads the whole graph now (at start, or once it changed), unless a reading is under way; resolves when done. */
  rebuild(): Promise<void> {
    this.builtAt = this.now();
    this.building ??= this.load()
      .then(async (data) => {
        // Kept only if nothing was committed while it was read; else it could mix two states of the graph.
        const kept = (await this.readStamp()) === data.stamp;
        if (kept) this.data = data;
        this.dropped = kept ? 0 : this.dropped + 1;
      })
      .finally(() => {
        this.building = undefined;
      });
    return this.building;
  }

  private async check(): Promise<void> {
    // Concurrent requests share one stamp read, unless a write finished since it was sent.
    if (this.checking?.generation !== this.generation) {
      const generation = this.generation;
      // The stamp is as old as the moment it was asked for, not the moment it came back.
      const asked = this.now();
      const done = this.readStamp()
        .then((stamp) => {
          if (generation !== this.generation) return;
          this.latest = stamp;
          this.checkedAt = asked;
        })
        .finally(() => {
          if (this.checking?.done === done) this.checking = undefined;
        });
      this.checking = { generation, done };
    }
    await this.checking.done;
  }
}

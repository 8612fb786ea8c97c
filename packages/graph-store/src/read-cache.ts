import { REFRESH_AT } from './mirror/graph-mirror';

/** How the store keeps answers to repeated reads. */
export interface ReadCacheOptions {
  /** The most answers kept; the least recently used goes first. */
  entries: number;
  /** The longest an answer is served, for changes made elsewhere that leave every count as it was. */
  maxAgeMs: number;
  /** How often, at most, the graph's change stamp is read to notice writes made by another process. */
  checkEveryMs: number;
}

export const DEFAULT_READ_CACHE: ReadCacheOptions = { entries: 200, maxAgeMs: 30_000, checkEveryMs: 500 };

interface Entry {
  at: number;
  value: Promise<unknown>;
}

/**
 * Answers to reads by key, dropped on every write through this store, whenever the graph's change stamp moves
 * (a write by another process: a CLI ingest into the Neo4j the server uses) and after `maxAgeMs` in any case.
 */
export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  private stamp: string | undefined;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private checking: Promise<void> | undefined;

  constructor(
    private readonly options: ReadCacheOptions,
    private readonly readStamp: () => Promise<string>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Forgets every answer (after a write through this store). */
  clear(): void {
    this.entries.clear();
  }

  /** The answer kept for `key` if still valid, else `load()`'s, kept unless it fails. */
  async get<T>(key: string, load: () => Promise<T>): Promise<T> {
    await this.checkStamp();
    const now = this.now();
    const hit = this.entries.get(key);
    this.entries.delete(key);
    if (hit && now - hit.at <= this.options.maxAgeMs) {
      // Re-inserted so that Map order is least recently used first.
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = load();
    const entry: Entry = { at: now, value };
    this.entries.set(key, entry);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.options.entries) break;
      this.entries.delete(oldest);
    }
    // A failure is not an answer: the next request tries again.
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return value;
  }

  private async checkStamp(): Promise<void> {
    const age = this.now() - this.checkedAt;
    if (age < this.options.checkEveryMs * REFRESH_AT) return;
    // Concurrent requests share one stamp read; the stamp is as old as the moment it was asked for.
    const asked = this.now();
    this.checking ??= this.readStamp()
      .then((stamp) => {
        if (stamp !== this.stamp) this.clear();
        this.stamp = stamp;
        this.checkedAt = asked;
      })
      .finally(() => {
        this.checking = undefined;
      });
    // Read again ahead of time while the last stamp is still young enough, so under steady traffic no request waits.
    if (age < this.options.checkEveryMs) this.checking.catch(() => undefined);
    else await this.checking;
  }
}

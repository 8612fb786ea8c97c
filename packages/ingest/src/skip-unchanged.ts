import type { GraphStore, StaleStamp } from '@newsgraph/graph-store';
import type { ArticleInput } from '@newsgraph/schema';
import { articleIdFor, contentHashFor } from './extraction/article-id';
import { extractorPart } from './overrides/load-overrides';
import type { ReadResult } from './readers/read-result';

/** Articles looked up in one query: enough to make the look-up's round trip negligible, few enough to start soon. */
const LOOKUP_CHUNK = 64;

/** Why a stored article is read again: another extractor version, other overrides, or other text or metadata. */
export type StaleReason = 'extractor' | 'overrides' | 'content';

/** Looks up stored articles; the store's own method, or a wrapper around it. */
export type StoredLookup = Pick<GraphStore, 'unchangedArticles'>;

/**
 * A read input after the look-up: to extract (saying why when a copy is stored, or that it was not looked up because
 * the store was not ready yet), to skip, or failed to read.
 */
export type Screened =
  | { kind: 'extract'; where: string; article: ArticleInput; stale?: StaleReason | undefined; unscreened?: true }
  | { kind: 'skip'; where: string }
  | { kind: 'failed'; where: string; error: string };

/**
 * Passes on, in input order, what needs extracting: an article stored with the same content hash and version,
 * or one whose text came earlier in this run, is skipped before any extraction is spent on it. While `store`
 * gives no store (Neo4j still starting), articles pass unscreened, to be looked up before they are written.
 */
export async function* skipUnchanged(
  reads: AsyncIterable<ReadResult> | Iterable<ReadResult>,
  store: () => StoredLookup | undefined,
  version: string,
  chunkSize: number = LOOKUP_CHUNK,
): AsyncGenerator<Screened> {
  const seen = new Set<string>();
  let chunk: ReadResult[] = [];
  for await (const read of reads) {
    chunk.push(read);
    if (chunk.length < chunkSize) continue;
    yield* await screen(chunk, store, version, seen);
    chunk = [];
  }
  if (chunk.length > 0) yield* await screen(chunk, store, version, seen);
}

async function screen(
  chunk: ReadResult[],
  store: () => StoredLookup | undefined,
  version: string,
  seen: Set<string>,
): Promise<Screened[]> {
  const stamped = chunk.map((read) =>
    read.ok ? { ...read, id: articleIdFor(read.article.text), contentHash: contentHashFor(read.article) } : read,
  );
  const candidates = new Map<string, string>();
  for (const s of stamped) if (s.ok && !seen.has(s.id) && !candidates.has(s.id)) candidates.set(s.id, s.contentHash);
  const lookup = store();
  const check = lookup
    ? await lookup.unchangedArticles(
        [...candidates].map(([id, contentHash]) => ({ id, contentHash })),
        version,
      )
    : undefined;
  const unchanged = new Set(check?.unchanged);
  const stale = new Map(check?.stale.map((s) => [s.id, staleReason(s, version)]));
  return stamped.map((s): Screened => {
    if (!s.ok) return { kind: 'failed', where: s.where, error: s.error };
    const skip = seen.has(s.id) || unchanged.has(s.id);
    seen.add(s.id);
    if (skip) return { kind: 'skip', where: s.where };
    if (!check) return { kind: 'extract', where: s.where, article: s.article, unscreened: true };
    return { kind: 'extract', where: s.where, article: s.article, stale: stale.get(s.id) };
  });
}

/** Why a stored copy is stale: the extractor part of its version differs, else the overrides, else the content. */
export function staleReason(stored: StaleStamp, version: string): StaleReason {
  if (stored.storedVersion === null || extractorPart(stored.storedVersion) !== extractorPart(version))
    return 'extractor';
  return stored.storedVersion !== version ? 'overrides' : 'content';
}

import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';

/** What identifies an article's current content: its id (a hash of its text) and a hash of its text and metadata. */
export interface ArticleStamp {
  id: string;
  contentHash: string;
}

/** What the graph holds of one stored article for a re-run's look-up: its content hash and the version that read it. */
export interface StoredStamp {
  id: string;
  contentHash: string | null;
  storedVersion: string | null;
}

/** A stored article that a re-run must read again, and what differs: the version that read it, or its content. */
export interface StaleStamp {
  id: string;
  /** The extractor version (and overrides) that read the stored copy; null for a graph from before versions. */
  storedVersion: string | null;
  sameContent: boolean;
}

/** Which candidates are stored exactly so, and which are stored otherwise; ids in neither are not stored. */
export interface UnchangedCheck {
  unchanged: string[];
  stale: StaleStamp[];
}

const StampRowSchema = z.object({
  id: z.string(),
  hash: z.string().nullable(),
  version: z.string().nullable(),
});

/** Looks the candidates up by id in one statement (an index seek each), comparing content hash and version. */
export async function unchangedArticles(
  tx: ManagedTransaction,
  candidates: ArticleStamp[],
  extractorVersion: string,
): Promise<UnchangedCheck> {
  if (candidates.length === 0) return { unchanged: [], stale: [] };
  const result = await tx.run(
    `UNWIND $candidates AS c
     MATCH (a:Article {id: c.id})
     RETURN a.id AS id, a.contentHash AS hash, a.extractorVersion AS version`,
    { candidates: candidates.map((c) => ({ id: c.id })) },
  );
  const stored = new Map(result.records.map((record) => [String(record.get('id')), toStamp(record.toObject())]));
  return compareStamps(candidates, stored, extractorVersion);
}

/** Every stored article's stamp, for a list of what the graph holds kept beside a stopped Neo4j. */
export async function allArticleStamps(tx: ManagedTransaction): Promise<StoredStamp[]> {
  const result = await tx.run(
    'MATCH (a:Article) RETURN a.id AS id, a.contentHash AS hash, a.extractorVersion AS version ORDER BY id',
  );
  return result.records.map((record) => toStamp(record.toObject()));
}

/**
 * Which candidates are stored with the same content hash and version, and which are stored otherwise: the one rule
 * for the store's look-up and for a list of stamps read from it earlier.
 */
export function compareStamps(
  candidates: ArticleStamp[],
  stored: ReadonlyMap<string, StoredStamp>,
  extractorVersion: string,
): UnchangedCheck {
  const check: UnchangedCheck = { unchanged: [], stale: [] };
  for (const candidate of candidates) {
    const found = stored.get(candidate.id);
    if (!found) continue;
    const sameContent = found.contentHash === candidate.contentHash;
    if (sameContent && found.storedVersion === extractorVersion) check.unchanged.push(found.id);
    else check.stale.push({ id: found.id, storedVersion: found.storedVersion, sameContent });
  }
  return check;
}

function toStamp(row: unknown): StoredStamp {
  const parsed = StampRowSchema.parse(row);
  return { id: parsed.id, contentHash: parsed.hash, storedVersion: parsed.version };
}

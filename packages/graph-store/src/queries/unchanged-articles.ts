import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';

/** What identifies an article's current content: its id (a hash of its text) and a hash of its text and metadata. */
export interface ArticleStamp {
  id: string;
  contentHash: string;
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
  wanted: z.string(),
});

/** Looks the candidates up by id in one statement (an index seek each), comparing content hash and version. */
export async function unchangedArticles(
  tx: ManagedTransaction,
  candidates: ArticleStamp[],
  extractorVersion: string,
): Promise<UnchangedCheck> {
  const check: UnchangedCheck = { unchanged: [], stale: [] };
  if (candidates.length === 0) return check;
  const result = await tx.run(
    `UNWIND $candidates AS c
     MATCH (a:Article {id: c.id})
     RETURN a.id AS id, a.contentHash AS hash, a.extractorVersion AS version, c.contentHash AS wanted`,
    { candidates: candidates.map((c) => ({ id: c.id, contentHash: c.contentHash })) },
  );
  for (const record of result.records) {
    const row = StampRowSchema.parse(record.toObject());
    const sameContent = row.hash === row.wanted;
    if (sameContent && row.version === extractorVersion) check.unchanged.push(row.id);
    else check.stale.push({ id: row.id, storedVersion: row.version, sameContent });
  }
  return check;
}

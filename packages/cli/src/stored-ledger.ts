import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareStamps, type StoredStamp } from '@newsgraph/graph-store';
import type { StoredLookup } from '@newsgraph/ingest';
import { storeFingerprint } from '@newsgraph/neo4j-embedded';
import { z } from 'zod';

/** Beside the embedded Neo4j's `data/` (not in it, so writing it does not change the fingerprint it records). */
const LEDGER_FILE = 'stored-articles.json';

const LedgerSchema = z.object({
  format: z.literal(1),
  fingerprint: z.string(),
  articles: z.array(z.tuple([z.string(), z.string().nullable(), z.string().nullable()])),
});

/**
 * The stored articles' stamps as the embedded Neo4j held them when this command's own Neo4j stopped, if its files
 * have not changed since (same fingerprint): a re-run screens against them without starting Neo4j. Undefined when
 * there is none, it is unreadable, or anything touched the files since (ADR 16).
 */
export function readLedger(neo4jDir: string): (StoredLookup & { size: number }) | undefined {
  let parsed: z.infer<typeof LedgerSchema>;
  try {
    parsed = LedgerSchema.parse(JSON.parse(readFileSync(join(neo4jDir, LEDGER_FILE), 'utf8')));
  } catch {
    // missing or damaged: only a faster path is lost, the store is asked instead
    return undefined;
  }
  if (parsed.fingerprint !== storeFingerprint(neo4jDir)) return undefined;
  const stored = new Map<string, StoredStamp>(
    parsed.articles.map(([id, contentHash, storedVersion]) => [id, { id, contentHash, storedVersion }]),
  );
  return {
    size: stored.size,
    unchangedArticles: (candidates, version) => Promise.resolve(compareStamps(candidates, stored, version)),
  };
}

/** Records the stamps read from the graph just before its Neo4j stopped, with the fingerprint of its files now. */
export function writeLedger(neo4jDir: string, stamps: StoredStamp[]): void {
  const fingerprint = storeFingerprint(neo4jDir);
  if (fingerprint === undefined) return;
  const ledger: z.infer<typeof LedgerSchema> = {
    format: 1,
    fingerprint,
    articles: stamps.map((s) => [s.id, s.contentHash, s.storedVersion]),
  };
  const path = join(neo4jDir, LEDGER_FILE);
  // written whole then renamed, so a reader never sees half a list
  writeFileSync(`${path}.tmp`, JSON.stringify(ledger));
  renameSync(`${path}.tmp`, path);
}

/** Forgets the list, before a Neo4j starts on these files (its fingerprint would not match afterwards in any case). */
export function dropLedger(neo4jDir: string): void {
  rmSync(join(neo4jDir, LEDGER_FILE), { force: true });
}

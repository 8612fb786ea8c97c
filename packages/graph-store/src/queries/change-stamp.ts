import type { ManagedTransaction } from 'neo4j-driver';

/**
 * Counts Neo4j keeps in its count store (so reading them costs four lookups, whatever the graph's size): an
 * ingest, a removal or a merge by any process moves at least one of them.
 */
export async function changeStamp(tx: ManagedTransaction): Promise<string> {
  const result = await tx.run(
    'RETURN [COUNT { (:Article) }, COUNT { (:Entity) }, COUNT { (:Claim) }, COUNT { ()-[]->() }] AS counts',
  );
  return JSON.stringify(result.records[0]?.get('counts') ?? null);
}

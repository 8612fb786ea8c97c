import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNeo4j } from '@newsgraph/neo4j-embedded';

/**
 * Integration tests run against a real Neo4j: NEO4J_URI when given, otherwise an embedded one
 * on a fresh data directory and its own port, stopped by the teardown.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env['NEO4J_URI']) return;
  const port = Number(process.env['NEWSGRAPH_TEST_BOLT_PORT'] ?? 7691);
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-test-neo4j-'));
  const running = await startNeo4j({ dataDir, boltPort: port, heapMb: 768, pageCacheMb: 128 });
  process.env['NEO4J_URI'] = running.uri;
  process.env['NEWSGRAPH_TEST_NEO4J_DATA_DIR'] = dataDir;
  (globalThis as { __NEWSGRAPH_NEO4J__?: typeof running }).__NEWSGRAPH_NEO4J__ = running;
}

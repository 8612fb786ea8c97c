import { rmSync } from 'node:fs';
import type { RunningNeo4j } from '@newsgraph/neo4j-embedded';

/** Stops the Neo4j the global setup started, and removes its data. */
export default async function globalTeardown(): Promise<void> {
  const running = (globalThis as { __NEWSGRAPH_NEO4J__?: RunningNeo4j }).__NEWSGRAPH_NEO4J__;
  if (!running) return;
  await running.stop();
  const dataDir = process.env['NEWSGRAPH_TEST_NEO4J_DATA_DIR'];
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

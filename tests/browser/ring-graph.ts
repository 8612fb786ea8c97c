import neo4j from 'neo4j-driver';

/**
 * A view of every entity whose id starts with `prefix` and the relations among them, in one row so the row cap does
 * not cut it. The far end carries no label on purpose: with `(b:Entity)` Neo4j may plan an index seek for both ends
 * and test every pair (25 million for 5,000 entities, past the API's 10 s limit) when its statistics are fresh.
 */
export const ringViewQuery = (prefix: string): string =>
  `MATCH (a:Entity) WHERE a.id STARTS WITH '${prefix}' OPTIONAL MATCH (a)-[r]->(b) ` +
  `WHERE b.id STARTS WITH '${prefix}' RETURN collect(DISTINCT a) AS entities, collect(r) AS relations`;

/**
 * Writes `count` made-up people straight into the test database, ids `<prefix><i>` and names `<name> <i>`: each
 * links to the next (a ring) and to the 37th after it (chords), so the view is one connected, clustered graph with
 * twice as many relations as entities, every pair once.
 */
export async function writeRingGraph(prefix: string, name: string, count: number): Promise<void> {
  const driver = neo4j.driver(process.env['NEO4J_URI'] ?? '', undefined, {
    logging: { level: 'error', logger: () => {} },
  });
  const session = driver.session();
  try {
    await session.run(
      `UNWIND range(0, $n - 1) AS i
       CREATE (:Entity {id: $prefix + i, name: $name + ' ' + i, type: 'Person', mentionCount: 1, articleCount: 1})`,
      { n: neo4j.int(count), prefix, name },
    );
    await session.run(
      `UNWIND range(0, $n - 1) AS i
       UNWIND [1, 37] AS step
       MATCH (a:Entity {id: $prefix + i}), (b:Entity {id: $prefix + ((i + step) % $n)})
       CREATE (a)-[:MET_WITH {confidence: 0.9, articleCount: 1, sentenceCount: 1}]->(b)`,
      { n: neo4j.int(count), prefix },
    );
  } finally {
    await session.close();
    await driver.close();
  }
}

import neo4j from 'neo4j-driver';

/** Everything countable in the graph, sorted, so two graphs can be compared with toEqual. */
export async function graphSnapshot(): Promise<unknown> {
  const driver = neo4j.driver(process.env['NEO4J_URI'] ?? '', undefined, { disableLosslessIntegers: true });
  try {
    const entities = await driver.executeQuery(
      `MATCH (e:Entity) RETURN e.id AS id, labels(e) AS labels, e.mentionCount AS mentions, e.articleCount AS articles,
       e.firstSeen AS firstSeen, e.lastSeen AS lastSeen ORDER BY id`,
    );
    const relations = await driver.executeQuery(
      `MATCH (s:Entity)-[r]->(o:Entity) WHERE NOT type(r) IN ['SAID', 'ABOUT']
       RETURN s.id + ' ' + type(r) + ' ' + o.id AS key, r.sentenceCount AS sentences, r.articleCount AS articles,
              r.confidence AS confidence, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen,
              r.evidenceTexts AS evidence ORDER BY key`,
    );
    const quotes = await driver.executeQuery('MATCH (p)-[:SAID]->(q:Quote) OPTIONAL MATCH (q)-[:ABOUT]->(e) RETURN q.id AS id, p.id AS speaker, collect(e.id) AS about ORDER BY id');
    const mentions = await driver.executeQuery('MATCH (a:Article)-[m:MENTIONS]->(e) RETURN a.id + ' + "' '" + ' + e.id AS key, m.count AS n ORDER BY key');
    const rows = (r: { records: { toObject(): unknown }[] }) => r.records.map((x) => x.toObject());
    return { entities: rows(entities), relations: rows(relations), quotes: rows(quotes), mentions: rows(mentions) };
  } finally {
    await driver.close();
  }
}

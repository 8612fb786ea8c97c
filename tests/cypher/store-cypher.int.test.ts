import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NewsgraphError, type GraphStats } from '@newsgraph/schema';
import neo4j from 'neo4j-driver';
import type { GraphStore } from '@newsgraph/graph-store';
import { IDS, seedArticles } from '../browser/seed-graph';
import { freshStore } from '@newsgraph/graph-store/testing';
import { CYPHER_ATTACKS, SECRET_FILE_PLACEHOLDER } from './attacks';

const SECRET = 'newsgraph-secret-7f3a';

describe('read-only Cypher on a real Neo4j', () => {
  let store: GraphStore;
  let before: GraphStats;
  let secretDir: string;
  let secretFile: string;

  beforeAll(async () => {
    store = await freshStore();
    await store.writeArticles(seedArticles());
    before = await store.stats();
    secretDir = mkdtempSync(join(tmpdir(), 'newsgraph-cypher-'));
    secretFile = join(secretDir, 'secret.csv');
    writeFileSync(secretFile, `${SECRET},1\n`);
  });
  afterAll(async () => {
    await store.close();
    rmSync(secretDir, { recursive: true, force: true });
  });

  it('answers a read with columns, rows and the entities and relations in them', async () => {
    const result = await store.cypher({
      query: 'MATCH (p:Entity {id: $xi})-[r:HOLDS_POSITION]->(c:Entity) RETURN p, r, c',
      params: { xi: IDS.xi },
    });
    expect(result.columns).toEqual(['p', 'r', 'c']);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]?.[2]).toMatchObject({
      labels: expect.arrayContaining(['Entity']),
      properties: { name: 'China' },
    });
    expect(result.truncated).toBe(false);
    expect(result.elements.nodes.map((n) => n.data.id).sort()).toEqual([IDS.china, IDS.xi]);
    expect(result.elements.edges.map((e) => e.data.id)).toEqual([`${IDS.xi}|HOLDS_POSITION|${IDS.china}`]);
  });

  it('passes parameters and keeps columns when no row matches', async () => {
    const result = await store.cypher({
      query: 'MATCH (e:Entity {id: $id}) RETURN e.name AS name',
      params: { id: 'none' },
    });
    expect(result).toMatchObject({ columns: ['name'], rows: [], truncated: false });
  });

  it('allows the listed procedures: labels and the full-text index', async () => {
    const labels = await store.cypher({
      query: 'CALL db.labels() YIELD label RETURN label ORDER BY label',
      params: {},
    });
    expect(labels.rows.map((row) => row[0])).toEqual(expect.arrayContaining(['Article', 'Entity', 'Person']));
    const found = await store.cypher({
      query: "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.id AS id",
      params: { q: 'Biden' },
    });
    expect(found.rows).toEqual([[IDS.biden]]);
  });

  it('cuts the answer at the row cap and says so', async () => {
    const result = await store.cypher(
      { query: 'UNWIND range(1, 5000) AS i RETURN i', params: {} },
      { rowCap: 100, timeoutMs: 10_000 },
    );
    expect(result.rows).toHaveLength(100);
    expect(result.rows[99]).toEqual([100]);
    expect(result).toMatchObject({ truncated: true, rowCap: 100 });
  });

  it('stops a query that runs past its time limit', async () => {
    const slow = store.cypher(
      { query: 'UNWIND range(1, 2000000000) AS i WITH i WHERE i = -1 RETURN count(i)', params: {} },
      { rowCap: 10, timeoutMs: 300 },
    );
    await expect(slow).rejects.toMatchObject({ code: 'QUERY_TIMEOUT' });
  });

  it.each(CYPHER_ATTACKS.map((attack) => [attack.why, attack] as const))('refuses %s', async (_why, attack) => {
    const withFile = (text: string): string => text.replaceAll(SECRET_FILE_PLACEHOLDER, secretFile);
    const params = Object.fromEntries(
      Object.entries(attack.params ?? {}).map(([k, v]) => [k, typeof v === 'string' ? withFile(v) : v]),
    );
    const attempt = store.cypher({ query: withFile(attack.query), params });
    const error: unknown = await attempt.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(NewsgraphError);
    expect(['READ_ONLY_VIOLATION', 'BAD_INPUT']).toContain((error as NewsgraphError).code);
    expect((error as NewsgraphError).message).not.toContain(SECRET);
    expect(await store.stats()).toEqual(before);
    const hacked = await store.cypher({
      query: 'MATCH (n) WHERE n:Hack OR n:Hacked OR n.hacked IS NOT NULL RETURN count(n) AS n',
      params: {},
    });
    expect(hacked.rows).toEqual([[0]]);
  });

  it("answers a text found a read before by each run's parameters, and refuses a write on every attempt", async () => {
    const query = 'MATCH (e:Entity {id: $id}) RETURN e.id AS id, e.name AS name';
    const first = await store.cypher({ query, params: { id: IDS.xi } });
    const again = await store.cypher({ query, params: { id: IDS.china } });
    expect(first.rows.map((row) => row[0])).toEqual([IDS.xi]);
    expect(again.rows).toEqual([[IDS.china, 'China']]);
    const write = { query: 'MATCH (e:Entity {id: $id}) SET e.hacked = true RETURN e.id', params: { id: IDS.xi } };
    for (const attempt of [1, 2, 3]) {
      const error: unknown = await store.cypher(write).then(
        () => attempt,
        (thrown: unknown) => thrown,
      );
      expect(error).toMatchObject({ code: 'READ_ONLY_VIOLATION' });
    }
    expect(await store.stats()).toEqual(before);
  });

  it('leaves the schema as it was after every attack', async () => {
    const labels = await store.cypher({ query: 'CALL db.labels() YIELD label RETURN label', params: {} });
    expect(labels.rows.flat()).not.toContain('Hack');
    const indexes = await store.cypher({
      query: 'CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey',
      params: {},
    });
    expect(indexes.rows.flat()).not.toContain('hack');
  });
});

describe('Neo4j 5 Community itself', () => {
  it('refuses a write in a READ transaction, whatever our guard says', async () => {
    const driver = neo4j.driver(process.env['NEO4J_URI'] ?? '', undefined, {
      logging: { level: 'error', logger: () => {} },
    });
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      await expect(session.executeRead((tx) => tx.run('CREATE (:Hack)'))).rejects.toMatchObject({
        code: expect.stringMatching(/^Neo\.ClientError\.Statement\.AccessMode/),
      });
    } finally {
      await session.close();
      await driver.close();
    }
  });

  // A second wall behind the plan guard: the embedded Neo4j (what tests and `pnpm start` run) has file URLs off.
  it('is configured to refuse LOAD CSV from file URLs even to a direct driver', async () => {
    const driver = neo4j.driver(process.env['NEO4J_URI'] ?? '', undefined, {
      logging: { level: 'error', logger: () => {} },
    });
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const read = session.executeRead((tx) => tx.run("LOAD CSV FROM 'file:///etc/hostname' AS row RETURN row"));
      await expect(read).rejects.toMatchObject({ message: expect.stringContaining('allow_csv_import_from_file_urls') });
    } finally {
      await session.close();
      await driver.close();
    }
  });
});

import { RELATION_KEY_SEPARATOR, relationKey, relationKeyCypher } from '@newsgraph/schema';
import neo4j, { type Driver } from 'neo4j-driver';

// Claims are written with relationKey and found by queries that build the key in Cypher: the two must agree.
describe('the relation key in TypeScript and in Cypher', () => {
  let driver: Driver;

  beforeAll(() => {
    const uri = process.env['NEO4J_URI'];
    if (!uri) throw new Error('NEO4J_URI is not set: integration tests need the jest global setup');
    const user = process.env['NEO4J_USER'];
    driver = neo4j.driver(uri, user ? neo4j.auth.basic(user, process.env['NEO4J_PASSWORD'] ?? '') : undefined);
  });
  afterAll(() => driver.close());

  it('builds in a query the key relationKey builds, and splits back into its parts', async () => {
    const parts = ['person:long-zhou', 'HOLDS_POSITION', 'org:office-for-cyber-affairs'] as const;
    const { records } = await driver.executeQuery(
      `RETURN ${relationKeyCypher('$s', '$p', '$o')} AS key, split($written, '${RELATION_KEY_SEPARATOR}') AS parts`,
      { s: parts[0], p: parts[1], o: parts[2], written: relationKey(...parts) },
    );
    expect(records[0]?.get('key')).toBe(relationKey(...parts));
    expect(records[0]?.get('parts')).toEqual([...parts]);
  });
});

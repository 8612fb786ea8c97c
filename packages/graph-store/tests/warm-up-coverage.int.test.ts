import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { ArticleToWrite } from '../src';
import { freshStore } from '../src/testing';
import { warmUp } from '../src/warm-up';
import { writeArticles } from '../src/write-articles';
import { articleOf, PEOPLE_ARTICLES } from './fixtures/person-articles';
import { sampleBatch } from './fixtures/sample-batch';

// An acronym spelt out in one article and written alone in another, with a relation to move.
const ACRONYM_ARTICLES: ArticleToWrite[] = [
  articleOf({
    id: 'c-full',
    publishedAt: '2024-10-01',
    text: 'The Federal Emergency Management Agency (FEMA) sent teams to Florida.',
    entities: [
      {
        id: 'org:federal-emergency-management-agency',
        name: 'Federal Emergency Management Agency',
        type: 'Organization',
        forms: ['Federal Emergency Management Agency', 'FEMA'],
      },
      { id: 'loc:florida', name: 'Florida', type: 'Location', forms: ['Florida'] },
    ],
  }),
  articleOf({
    id: 'c-short',
    publishedAt: '2024-10-02',
    text: 'FEMA works in Florida.',
    entities: [
      { id: 'org:fema', name: 'FEMA', type: 'Organization', forms: ['FEMA'] },
      { id: 'loc:florida', name: 'Florida', type: 'Location', forms: ['Florida'] },
    ],
    relations: [
      { subject: 'org:fema', predicate: 'LOCATED_IN', object: 'loc:florida', sentence: 'FEMA works in Florida.' },
    ],
  }),
];

/** A transaction that notes the text of every statement it runs. */
function recording(tx: ManagedTransaction, seen: Set<string>): ManagedTransaction {
  const run = (query: string, parameters?: Record<string, unknown>) => {
    seen.add(query);
    return tx.run(query, parameters);
  };
  return { run } as unknown as ManagedTransaction;
}

describe('the warm-up, statement by statement, on a real database', () => {
  let driver: Driver;
  beforeEach(async () => {
    await (await freshStore()).close();
    const user = process.env['NEO4J_USER'];
    driver = neo4j.driver(
      process.env['NEO4J_URI'] ?? '',
      user ? neo4j.auth.basic(user, process.env['NEO4J_PASSWORD'] ?? '') : undefined,
      { disableLosslessIntegers: true },
    );
  });
  afterEach(() => driver.close());

  // a test Neo4j plans every statement here, on a JVM it may have just started: on a loaded machine that takes minutes
  it('runs every statement that writing articles runs, resolution of short names and acronyms included', async () => {
    const warmed = new Set<string>();
    const written = new Set<string>();
    const session = driver.session();
    try {
      await warmUp((work) => session.executeWrite((tx) => work(recording(tx, warmed))));
      const articles = [...sampleBatch('c'), ...PEOPLE_ARTICLES, ...ACRONYM_ARTICLES];
      await session.executeWrite((tx) => writeArticles(recording(tx, written), articles, '2024-10-05T00:00:00Z'));
    } finally {
      await session.close();
    }
    // a statement first met in a real batch is planned there, on the writer's critical path (27 statements here since
    // entities of every type are merged by one)
    expect(written.size).toBeGreaterThan(25);
    expect([...written].filter((query) => !warmed.has(query))).toEqual([]);
  }, 300_000);
});

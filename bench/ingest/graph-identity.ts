// Are two graphs the same? For two newsgraph data directories (e.g. the same articles ingested by two checkouts),
// starts the embedded Neo4j on each in turn and compares node counts by label set, relationship counts by type, the
// articles' ids, every relation between entities with its counters, and every claim's key with its counters.
// Usage: pnpm run -s bench:graph-identity --left DATA_DIR --right DATA_DIR [--bolt-port P]; exits 1 when they differ.
import { join, resolve } from 'node:path';
import { startNeo4j } from '@newsgraph/neo4j-embedded';
import neo4j from 'neo4j-driver';

const arg = (name: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? process.argv[i + 1] : undefined;
  if (!value) throw new Error(`--${name} is required`);
  return value;
};

/** What is compared, each as a sorted list of lines. */
const PARTS: Record<string, string> = {
  'nodes by labels':
    "MATCH (n) WITH reduce(s = '', x IN labels(n) | s + ':' + x) AS l, count(*) AS n RETURN l + '\\t' + toString(n) AS line",
  'relationships by type': "MATCH ()-[r]->() WITH type(r) AS t, count(*) AS n RETURN t + '\\t' + toString(n) AS line",
  articles: 'MATCH (a:Article) RETURN a.id + \'\\t\' + coalesce(a.contentHash, "") AS line',
  'relations between entities (subject, predicate, object, sentences, articles)':
    "MATCH (s:Entity)-[r]->(o:Entity) WHERE type(r) <> 'SAID' RETURN s.id + '\\t' + type(r) + '\\t' + o.id + '\\t' + toString(r.sentenceCount) + '\\t' + toString(r.articleCount) AS line",
  'claims (key, article, sentences)':
    "MATCH (c:Claim) RETURN c.key + '\\t' + c.articleId + '\\t' + toString(c.sentenceCount) AS line",
  'mentions (article, entity, count)':
    "MATCH (a:Article)-[m:MENTIONS]->(e:Entity) RETURN a.id + '\\t' + e.id + '\\t' + toString(m.count) AS line",
  'entities (id, name, type, mentions, articles)':
    "MATCH (e:Entity) RETURN e.id + '\\t' + e.name + '\\t' + e.type + '\\t' + toString(e.mentionCount) + '\\t' + toString(e.articleCount) AS line",
};

async function readGraph(dataDir: string, boltPort: number): Promise<Map<string, string[]>> {
  const running = await startNeo4j({ dataDir: join(resolve(dataDir), 'neo4j'), boltPort });
  const driver = neo4j.driver(running.uri, undefined, { disableLosslessIntegers: true });
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const parts = new Map<string, string[]>();
    for (const [name, query] of Object.entries(PARTS)) {
      const result = await session.run(query);
      parts.set(name, result.records.map((r) => String(r.get('line'))).sort());
    }
    return parts;
  } finally {
    await session.close();
    await driver.close();
    await running.stop();
  }
}

async function main(): Promise<void> {
  const port = Number(process.argv.includes('--bolt-port') ? arg('bolt-port') : '7687');
  const left = await readGraph(arg('left'), port);
  const right = await readGraph(arg('right'), port);
  let same = true;
  for (const name of Object.keys(PARTS)) {
    const a = left.get(name) ?? [];
    const b = right.get(name) ?? [];
    const inLeft = new Set(a);
    const inRight = new Set(b);
    const onlyLeft = a.filter((x) => !inRight.has(x));
    const onlyRight = b.filter((x) => !inLeft.has(x));
    const equal = onlyLeft.length === 0 && onlyRight.length === 0 && a.length === b.length;
    same &&= equal;
    console.log(`${equal ? 'same' : 'DIFFERENT'}  ${name}: ${a.length} left, ${b.length} right`);
    if (name.endsWith('by labels') || name.endsWith('by type')) for (const line of a) console.log(`      ${line}`);
    for (const line of onlyLeft.slice(0, 5)) console.log(`      only left:  ${line}`);
    for (const line of onlyRight.slice(0, 5)) console.log(`      only right: ${line}`);
  }
  console.log(same ? 'the two graphs are the same' : 'the two graphs differ');
  process.exitCode = same ? 0 : 1;
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});

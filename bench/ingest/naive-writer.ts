// The baseline the batched writer is measured against: the same rows, one auto-commit transaction per row.
import type { ArticleToWrite } from '@newsgraph/graph-store';
import type { Driver } from 'neo4j-driver';

/** Writes each article, entity, mention, relation and quote as its own statement and transaction; returns rows written. */
export async function writeNaively(driver: Driver, items: ArticleToWrite[]): Promise<number> {
  const session = driver.session();
  let rows = 0;
  const run = async (cypher: string, params: Record<string, unknown>): Promise<void> => {
    await session.run(cypher, params);
    rows += 1;
  };
  try {
    for (const { article, extraction } of items) {
      await run('MERGE (a:Article {id: $id}) SET a.text = $text, a.title = $title', {
        id: article.id,
        text: article.text,
        title: article.title ?? null,
      });
      for (const e of extraction.entities) {
        await run(
          `MERGE (e:Entity {id: $id}) ON CREATE SET e:${e.type}, e.name = $name, e.type = $type, e.mentionCount = 0 SET e.mentionCount = e.mentionCount + $n`,
          {
            id: e.id,
            name: e.name,
            type: e.type,
            n: e.mentions.length,
          },
        );
        await run('MATCH (a:Article {id: $a}), (e:Entity {id: $e}) CREATE (a)-[:MENTIONS {count: $n}]->(e)', {
          a: article.id,
          e: e.id,
          n: e.mentions.length,
        });
      }
      for (const r of extraction.relations) {
        await run(
          `MATCH (s:Entity {id: $s}), (o:Entity {id: $o}) MERGE (s)-[r:${r.predicate}]->(o) SET r.evidenceTexts = coalesce(r.evidenceTexts, []) + $t`,
          {
            s: r.subject,
            o: r.object,
            t: r.evidence.text,
          },
        );
      }
      for (const q of extraction.quotes) {
        await run('MATCH (p:Entity {id: $p}) MERGE (q:Quote {id: $id}) SET q.text = $text MERGE (p)-[:SAID]->(q)', {
          p: q.speaker,
          id: `${article.id}:${q.start}`,
          text: q.text,
        });
      }
    }
  } finally {
    await session.close();
  }
  return rows;
}

/** The rows the batched writer writes for the same articles, counted the same way. */
export function rowCount(items: ArticleToWrite[]): number {
  return items.reduce(
    (n, { extraction: x }) => n + 1 + 2 * x.entities.length + x.relations.length + x.quotes.length,
    0,
  );
}

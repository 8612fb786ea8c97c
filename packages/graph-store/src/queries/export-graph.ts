import { relationKeyCypher } from '@newsgraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';

const RawExportSchema = z.object({
  articles: z.array(
    z.object({
      id: z.string(),
      title: z.string().nullable(),
      url: z.string().nullable(),
      publishedAt: z.string().nullable(),
      source: z.string().nullable(),
    }),
  ),
  entities: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      type: z.string(),
      // Sorted: the order aliases arrived in is not part of the graph's meaning.
      aliases: z.array(z.string()).transform((list) => [...list].sort()),
      mentionCount: z.number(),
      articleCount: z.number(),
      firstSeen: z.string().nullable(),
      lastSeen: z.string().nullable(),
    }),
  ),
  relations: z.array(
    z.object({
      subject: z.string(),
      predicate: z.string(),
      object: z.string(),
      confidence: z.number(),
      sentenceCount: z.number(),
      articleCount: z.number(),
      firstSeen: z.string().nullable(),
      lastSeen: z.string().nullable(),
      key: z.string(),
    }),
  ),
  claims: z.array(z.object({ key: z.string(), articleId: z.string(), text: z.string() })),
  quotes: z.array(
    z.object({
      id: z.string(),
      speaker: z.string(),
      text: z.string(),
      articleId: z.string(),
      about: z.array(z.string()),
    }),
  ),
  mentions: z.array(z.object({ articleId: z.string(), entityId: z.string(), count: z.number() })),
});
type RawExport = z.infer<typeof RawExportSchema>;
type ExportedRelation = Omit<RawExport['relations'][number], 'key'> & {
  evidence: { articleId: string; text: string }[];
};

/** The whole graph as plain, sorted JSON: for reports, and to compare two graphs exactly. */
export type GraphExport = Omit<RawExport, 'relations' | 'claims'> & { relations: ExportedRelation[] };

const rows = async (tx: ManagedTransaction, cypher: string): Promise<Record<string, unknown>[]> =>
  (await tx.run(cypher)).records.map((record) => record.toObject());

/** Reads every article, entity, relation (with its evidence), quote and mention, in a stable order. */
export async function exportGraph(tx: ManagedTransaction): Promise<GraphExport> {
  const raw = RawExportSchema.parse({
    articles: await rows(
      tx,
      'MATCH (a:Article) RETURN a.id AS id, a.title AS title, a.url AS url, a.publishedAt AS publishedAt, a.source AS source ORDER BY id',
    ),
    entities: await rows(
      tx,
      `MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases,
       e.mentionCount AS mentionCount, e.articleCount AS articleCount, e.firstSeen AS firstSeen, e.lastSeen AS lastSeen ORDER BY id`,
    ),
    relations: await rows(
      tx,
      `MATCH (s:Entity)-[r]->(o:Entity) WHERE NOT type(r) IN ['SAID', 'ABOUT']
       RETURN s.id AS subject, type(r) AS predicate, o.id AS object, r.confidence AS confidence, r.sentenceCount AS sentenceCount,
              r.articleCount AS articleCount, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen,
              ${relationKeyCypher('s.id', 'type(r)', 'o.id')} AS key
       ORDER BY subject, predicate, object`,
    ),
    claims: await rows(
      tx,
      `MATCH (c:Claim) UNWIND c.evidence AS text
       RETURN c.key AS key, c.articleId AS articleId, text ORDER BY key, articleId, text`,
    ),
    quotes: await rows(
      tx,
      `MATCH (p:Entity)-[:SAID]->(q:Quote) OPTIONAL MATCH (q)-[:ABOUT]->(e:Entity)
       WITH p, q, e ORDER BY e.id
       RETURN q.id AS id, p.id AS speaker, q.text AS text, q.articleId AS articleId, collect(e.id) AS about ORDER BY id`,
    ),
    mentions: await rows(
      tx,
      'MATCH (a:Article)-[m:MENTIONS]->(e:Entity) RETURN a.id AS articleId, e.id AS entityId, m.count AS count ORDER BY articleId, entityId, count',
    ),
  });
  const evidence = new Map<string, { articleId: string; text: string }[]>();
  for (const { key, ...item } of raw.claims) evidence.set(key, [...(evidence.get(key) ?? []), item]);
  const { claims: _claims, relations, ...rest } = raw;
  return {
    ...rest,
    relations: relations.map(({ key, ...relation }) => ({ ...relation, evidence: evidence.get(key) ?? [] })),
  };
}

import { EntityTypeSchema, PredicateSchema } from '@newsgraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { RELATION_TYPES } from '../queries/graph-elements';
import { loadDetailRows, type DetailRows } from './mirror-details-load';

// What search and neighbourhoods read of an entity, as their queries read it (counts not coalesced where a query
// orders by the stored value, search fields as stored, so matching them gives what the full-text index gives).
const ENTITIES = `MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases, e.mentionCount AS mentionCount,
  coalesce(e.aliasText, '') AS aliasText,
  coalesce(e.articleCount, 0) AS articleCount, e.kind AS kind, e.firstSeen AS firstSeen, e.lastSeen AS lastSeen,
  e.loneFirstName IS NOT NULL AS lone, coalesce(e.searchKeys, []) AS keys,
  coalesce(e.searchWords, []) AS words, e.searchRank IS NOT NULL AS ranked`;

const RELATIONS = `MATCH (s:Entity)-[r:${RELATION_TYPES}]->(o:Entity)
RETURN elementId(r) AS id, s.id AS source, o.id AS target, type(r) AS predicate,
  coalesce(r.articleCount, 0) AS articles, coalesce(r.sentenceCount, 0) AS sentences,
  coalesce(r.confidence, 0.0) AS confidence, r.title AS title, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen`;

const MirrorEntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  aliases: z.array(z.string()),
  /** The aliases as the `entity_names` index reads them, for search's other matches. */
  aliasText: z.string(),
  mentionCount: z.number().int().nonnegative().nullable(),
  articleCount: z.number().int().nonnegative(),
  kind: z.string().nullable(),
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
  lone: z.boolean(),
  keys: z.array(z.string()),
  words: z.array(z.string()),
  ranked: z.boolean(),
});
export type MirrorEntity = z.infer<typeof MirrorEntitySchema>;

const MirrorRelationSchema = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  predicate: PredicateSchema,
  articles: z.number().int().nonnegative(),
  sentences: z.number().int().nonnegative(),
  confidence: z.number(),
  title: z.string().nullable(),
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
});
export type MirrorRelation = z.infer<typeof MirrorRelationSchema>;

/** Every entity and every relation between entities, and what their pages show, as the mirror keeps them. */
export async function loadMirrorRows(
  tx: ManagedTransaction,
): Promise<{ entities: MirrorEntity[]; relations: MirrorRelation[]; details: DetailRows }> {
  const [entities, relations, details] = await Promise.all([tx.run(ENTITIES), tx.run(RELATIONS), loadDetailRows(tx)]);
  return {
    entities: entities.records.map((r) => MirrorEntitySchema.parse(r.toObject())),
    relations: relations.records.map((r) => MirrorRelationSchema.parse(r.toObject())),
    details,
  };
}

import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import type { StoredArticle } from '../article-rows';
import { StoredArticleRowSchema } from './stale-articles';

/** An entity as a correction names it: its display name and the extractor ids its mentions were read as. */
export interface EntityScope {
  id: string;
  name: string | null;
  /** The entity's own id and every extractor id that cross-article resolution folded into it. */
  sources: string[];
}

const ScopeRowSchema = z.object({ id: z.string(), name: z.string().nullable(), sources: z.array(z.string()) });

const SCOPE = `
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (:Article)-[m:MENTIONS]->(e)
RETURN id, e.name AS name, collect(DISTINCT m.sourceId) AS sources`;

/** What each id stands for in the graph now; an id the graph does not hold comes back with no name. */
export async function entityScope(tx: ManagedTransaction, ids: readonly string[]): Promise<EntityScope[]> {
  const rows = (await tx.run(SCOPE, { ids: [...new Set(ids)] })).records.map((r) => ScopeRowSchema.parse(r.toObject()));
  return rows.map((row) => ({ ...row, sources: [...new Set([row.id, ...row.sources])].sort() }));
}

const TOUCHING = `
MATCH (a:Article)-[m:MENTIONS]->(e:Entity)
WHERE e.id IN $ids OR m.sourceId IN $ids
RETURN DISTINCT a.id AS id ORDER BY id`;

/** Articles that mention any of these entities, as graph or as extractor ids: what a correction of them changes. */
export async function articlesTouching(tx: ManagedTransaction, ids: readonly string[]): Promise<string[]> {
  const result = await tx.run(TOUCHING, { ids: [...new Set(ids)] });
  return result.records.map((r) => String(r.get('id')));
}

const STORED = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.text AS text, a.title AS title, a.url AS url, a.author AS author, a.publisher AS publisher,
       a.publishedAt AS publishedAt, a.source AS source, a.extractorVersion AS extractorVersion,
       a.ingestedAt AS ingestedAt`;

/** Stored articles with what re-extraction needs (text and metadata), in the order asked; unknown ids are skipped. */
export async function storedArticles(tx: ManagedTransaction, ids: readonly string[]): Promise<StoredArticle[]> {
  return (await tx.run(STORED, { ids: [...ids] })).records.map((record) => {
    const row = StoredArticleRowSchema.parse(record.toObject());
    return { ...row, extractorVersion: row.extractorVersion ?? 'unknown' };
  });
}

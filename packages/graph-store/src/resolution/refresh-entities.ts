import type { ManagedTransaction } from 'neo4j-driver';
import { searchFieldsCypher } from '../search-fields';

/**
 * Recomputes entities from the mentions that point at them, so the result depends on the set of articles and not
 * on their order: counts and dates; the display name is the full form most articles use (ties: not all capitals,
 * the longer, then the first alphabetically); aliases are every other written form, sorted; `titles` and
 * `ownMentions` count only mentions written as this very name, which resolution reads. An entity no mention points
 * at any more is deleted. Each part is one aggregation, so an entity named in thousands of articles costs one pass.
 */
const REFRESH = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
  RETURN coalesce(sum(m.count), 0) AS mentions, count(DISTINCT a) AS articles,
         min(coalesce(a.publishedAt, a.ingestedAt)) AS firstSeen, max(coalesce(a.publishedAt, a.ingestedAt)) AS lastSeen,
         sum(CASE WHEN m.sourceId = e.id THEN m.count ELSE 0 END) AS own
}
CALL (e) {
  OPTIONAL MATCH (:Article)-[m:MENTIONS]->(e) WHERE m.sourceId = e.id AND m.name IS NOT NULL
  WITH m.name AS n, count(*) AS uses
  WITH n, uses ORDER BY uses DESC, CASE WHEN n = toUpper(n) THEN 1 ELSE 0 END, size(n) DESC, n
  RETURN head(collect(n)) AS best
}
CALL (e) {
  OPTIONAL MATCH (:Article)-[m:MENTIONS]->(e)
  UNWIND coalesce(m.aliases, []) + CASE WHEN m.name IS NULL THEN [] ELSE [m.name] END AS w
  WITH DISTINCT w ORDER BY w
  RETURN collect(w) AS written
}
CALL (e) {
  OPTIONAL MATCH (:Article)-[m:MENTIONS]->(e) WHERE m.sourceId = e.id
  UNWIND coalesce(m.titles, []) AS t
  WITH DISTINCT t ORDER BY t
  RETURN collect(t) AS titles
}
WITH e, mentions, articles, firstSeen, lastSeen, own, coalesce(best, e.name) AS name, written, titles
WITH e, mentions, articles, firstSeen, lastSeen, own, name, titles, [w IN written WHERE w <> name] AS aliases
SET e.mentionCount = mentions, e.articleCount = articles, e.firstSeen = firstSeen, e.lastSeen = lastSeen,
    e.ownMentions = own, e.titles = titles, e.name = name, e.aliases = aliases,
    e.aliasText = reduce(s = '', w IN aliases | s + ' ' + w)
SET ${searchFieldsCypher('e')}
WITH e, articles WHERE articles = 0
DETACH DELETE e`;

/** Brings the entities with these ids (people, and organisations an acronym joins) in line with their mentions; a no-op for ids that do not exist. */
export async function refreshEntities(tx: ManagedTransaction, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await tx.run(REFRESH, { ids: [...new Set(ids)] });
}

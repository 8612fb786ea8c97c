import type { ManagedTransaction } from 'neo4j-driver';

/**
 * Recomputes people from the mentions that point at them, so the result depends on the set of articles and not
 * on their order: counts and dates; the display name is the full form most articles use (ties: not all capitals,
 * the longer, then the first alphabetically); aliases are every other written form; `titles` and `ownMentions` count only mentions
 * written as this very name, which resolution reads. A person no mention points at any more is deleted.
 */
const REFRESH = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
  RETURN coalesce(sum(m.count), 0) AS mentions, count(DISTINCT a) AS articles,
         min(coalesce(a.publishedAt, a.ingestedAt)) AS firstSeen, max(coalesce(a.publishedAt, a.ingestedAt)) AS lastSeen,
         coalesce(sum(CASE WHEN m.sourceId = e.id THEN m.count ELSE 0 END), 0) AS own
}
CALL (e) {
  OPTIONAL MATCH ()-[m:MENTIONS]->(e) WHERE m.sourceId = e.id AND m.name IS NOT NULL
  WITH m.name AS name, count(m) AS n ORDER BY n DESC, name = toUpper(name), size(name) DESC, name
  RETURN head(collect(name)) AS best
}
CALL (e) {
  OPTIONAL MATCH ()-[m:MENTIONS]->(e)
  UNWIND coalesce(m.aliases, []) + CASE WHEN m.name IS NULL THEN [] ELSE [m.name] END AS alias
  WITH alias ORDER BY alias
  RETURN collect(DISTINCT alias) AS written
}
CALL (e) {
  OPTIONAL MATCH ()-[m:MENTIONS]->(e) WHERE m.sourceId = e.id
  UNWIND coalesce(m.titles, []) AS title
  WITH title ORDER BY title
  RETURN collect(DISTINCT title) AS titles
}
WITH e, mentions, articles, firstSeen, lastSeen, own, titles, coalesce(best, e.name) AS name, written
WITH e, mentions, articles, firstSeen, lastSeen, own, titles, name, [a IN written WHERE a <> name] AS aliases
SET e.mentionCount = mentions, e.articleCount = articles, e.firstSeen = firstSeen, e.lastSeen = lastSeen,
    e.ownMentions = own, e.titles = titles, e.name = name, e.aliases = aliases,
    e.aliasText = reduce(s = '', a IN aliases | s + ' ' + a)
WITH e WHERE articles = 0
DETACH DELETE e`;

/** Brings the people with these ids in line with their mentions; a no-op for ids that do not exist. */
export async function refreshPeople(tx: ManagedTransaction, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await tx.run(REFRESH, { ids: [...new Set(ids)] });
}

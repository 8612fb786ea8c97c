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
OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
WITH e, coalesce(sum(m.count), 0) AS mentions, count(DISTINCT a) AS articles,
     min(coalesce(a.publishedAt, a.ingestedAt)) AS firstSeen, max(coalesce(a.publishedAt, a.ingestedAt)) AS lastSeen,
     collect({own: m.sourceId = e.id, count: m.count, name: m.name, aliases: coalesce(m.aliases, []), titles: coalesce(m.titles, [])}) AS edges
WITH e, mentions, articles, firstSeen, lastSeen, edges, [x IN edges WHERE x.own] AS owned
WITH e, mentions, articles, firstSeen, lastSeen, edges, owned, reduce(s = 0, x IN owned | s + x.count) AS own,
     reduce(acc = [], x IN owned | CASE WHEN x.name IS NULL OR x.name IN acc THEN acc ELSE acc + x.name END) AS names
WITH e, mentions, articles, firstSeen, lastSeen, edges, owned, own,
     [n IN names | {name: n, n: size([x IN owned WHERE x.name = n]), caps: n = toUpper(n)}] AS tally
WITH e, mentions, articles, firstSeen, lastSeen, edges, owned, own,
     reduce(b = null, t IN tally | CASE WHEN b IS NULL OR t.n > b.n OR (t.n = b.n AND (
       (b.caps AND NOT t.caps) OR (t.caps = b.caps AND (size(t.name) > size(b.name) OR (size(t.name) = size(b.name) AND t.name < b.name))))) THEN t ELSE b END) AS best
WITH e, mentions, articles, firstSeen, lastSeen, own, coalesce(best.name, e.name) AS name,
     reduce(acc = [], x IN edges | acc + [w IN x.aliases + CASE WHEN x.name IS NULL THEN [] ELSE [x.name] END WHERE NOT w IN acc]) AS written,
     reduce(acc = [], x IN owned | acc + [t IN x.titles WHERE NOT t IN acc]) AS titles
WITH e, mentions, articles, firstSeen, lastSeen, own, name, titles, [w IN written WHERE w <> name] AS aliases
SET e.mentionCount = mentions, e.articleCount = articles, e.firstSeen = firstSeen, e.lastSeen = lastSeen,
    e.ownMentions = own, e.titles = titles, e.name = name, e.aliases = aliases,
    e.aliasText = reduce(s = '', w IN aliases | s + ' ' + w)
WITH e WHERE articles = 0
DETACH DELETE e`;

/** Brings the people with these ids in line with their mentions; a no-op for ids that do not exist. */
export async function refreshPeople(tx: ManagedTransaction, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await tx.run(REFRESH, { ids: [...new Set(ids)] });
}

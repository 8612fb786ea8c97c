import { EntitySummarySchema, type EntitySearchQuery, type EntitySummary } from '@newsgraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Turns what an analyst types into a Lucene query: every word must match, the last as a prefix. */
export function toFulltextQuery(q: string): string {
  const words = q.replace(LUCENE_SPECIAL, ' ').split(/\s+/).filter(Boolean);
  return words
    .map((word, i) => (i === words.length - 1 ? `${word}*` : word))
    .map((w) => `+${w}`)
    .join(' ');
}

const RETURN_SUMMARY = `RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases,
  coalesce(e.mentionCount, 0) AS mentionCount, coalesce(e.articleCount, 0) AS articleCount`;

/**
 * Entities whose name or aliases match, best first; with no text, the most mentioned; a page of them from `offset`.
 * A lone given name that resolution left apart ("Peter") is not listed: `ambiguousNames` lists it with its candidates.
 */
export async function searchEntities(tx: ManagedTransaction, query: EntitySearchQuery): Promise<EntitySummary[]> {
  const fulltext = toFulltextQuery(query.q);
  // Text made only of operators matches nothing, rather than everything.
  if (!fulltext && query.q.trim()) return [];
  const params = {
    q: fulltext,
    raw: query.q.trim().toLowerCase(),
    type: query.type ?? null,
    limit: query.limit,
    offset: query.offset ?? 0,
  };
  // What the analyst typed exactly, then as a whole word, then as a prefix; then Lucene's relevance, then prominence.
  const cypher = fulltext
    ? `CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node AS e, score
       WHERE ($type IS NULL OR e.type = $type) AND e.loneFirstName IS NULL
       WITH e, score, toLower(e.name) AS name, [a IN coalesce(e.aliases, []) | toLower(a)] AS aliases
       WITH e, score, CASE WHEN name = $raw OR $raw IN aliases THEN 0
                           WHEN $raw IN split(name, ' ') THEN 1
                           WHEN name STARTS WITH $raw OR any(a IN aliases WHERE a STARTS WITH $raw) THEN 2
                           ELSE 3 END AS closeness
       ORDER BY closeness, score DESC, e.mentionCount DESC SKIP toInteger($offset) LIMIT toInteger($limit) ${RETURN_SUMMARY}`
    : `MATCH (e:Entity) WHERE ($type IS NULL OR e.type = $type) AND e.loneFirstName IS NULL
       WITH e ORDER BY e.mentionCount DESC, e.name SKIP toInteger($offset) LIMIT toInteger($limit) ${RETURN_SUMMARY}`;
  const result = await tx.run(cypher, params);
  return result.records.map((record) => EntitySummarySchema.parse(record.toObject()));
}

/** Splits a relation key into its parts; entity ids and predicates never contain it. */
export const RELATION_KEY_SEPARATOR = '|';

/**
 * The storage key of one (subject, predicate, object) relation, shared by every claim that supports it (`Claim.key`
 * in Neo4j): the graph's contract for finding a relation's claims.
 */
export function relationKey(subject: string, predicate: string, object: string): string {
  return [subject, predicate, object].join(RELATION_KEY_SEPARATOR);
}

/**
 * The same key built inside a Cypher query from three Cypher expressions (`relationKeyCypher('s.id', 'type(r)',
 * 'o.id')`), so a query matches claims exactly as `relationKey` wrote them.
 */
export function relationKeyCypher(subject: string, predicate: string, object: string): string {
  return [subject, predicate, object].join(` + '${RELATION_KEY_SEPARATOR}' + `);
}

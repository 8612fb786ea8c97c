/**
 * What entity search ranks by, stored on each entity and indexed (`entity_search`, keyword analyser) so a search
 * reads about as many nodes as it returns: the lower-cased name and aliases whole (exact and prefix matches), the
 * name's words (whole-word matches) and a prominence bucket that Lucene adds to the score.
 */

/** Prominence buckets per doubling of the mention count: mentions within about 19% of each other share one. */
export const RANK_STEPS_PER_DOUBLING = 4;
/** Bits of the bucket number stored: buckets 0…127, the top one reached at about 4 billion mentions. */
export const RANK_BITS = 7;

/**
 * The bucket as tokens, `r` and one per bit set (`b0` for 1, `b1` for 2, …): a query adds each bit's value with one
 * constant-score clause, so a few clauses add up to the bucket, where one clause per bucket made Lucene slow.
 */
function rankCypher(v: string): string {
  const top = 2 ** RANK_BITS - 1;
  const bucket = `CASE WHEN coalesce(${v}.mentionCount, 0) < 1 THEN 0
    ELSE toInteger(floor(${RANK_STEPS_PER_DOUBLING} * log(${v}.mentionCount) / log(2))) END`;
  const powers = Array.from({ length: RANK_BITS }, (_, i) => 2 ** i).join(', ');
  return `['r'] + [b IN [CASE WHEN ${bucket} > ${top} THEN ${top} ELSE ${bucket} END] |
    [i IN range(0, ${RANK_BITS - 1}) WHERE (b / [${powers}][i]) % 2 = 1 | 'b' + toString(i)]][0]`;
}

/**
 * The SET items that bring `v`'s search fields in line with its name, aliases and mention count; to follow (in a
 * later SET clause) every write of those. Neo4j leaves the index alone when a value is set to what it already was.
 */
export function searchFieldsCypher(v: string): string {
  return `${v}.searchKeys = [k IN [toLower(${v}.name)] + [a IN coalesce(${v}.aliases, []) | toLower(a)] WHERE k <> ''],
    ${v}.searchWords = [w IN split(toLower(${v}.name), ' ') WHERE w <> ''],
    ${v}.searchRank = ${rankCypher(v)}`;
}

/** Fills the search fields of entities written before they existed (a graph from an older version), in batches. */
export const BACKFILL_SEARCH_FIELDS = `
MATCH (e:Entity) WHERE e.searchRank IS NULL
CALL (e) { SET ${searchFieldsCypher('e')} } IN TRANSACTIONS OF 5000 ROWS`;

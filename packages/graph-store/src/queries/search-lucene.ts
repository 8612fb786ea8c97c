import { RANK_BITS } from '../search-fields';

/** Score bands of `entity_search` queries: each match falls in exactly one, and prominence adds at most 127. */
const EXACT = 100_000;
const WORD = 10_000;
const PREFIX = 1_000;

const PREFIX_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/\s]/g;

/** A whole term for a range clause: quoted, so spaces and operators are literal. */
function quoted(term: string): string {
  return `"${term.replace(/["\\]/g, '\\$&')}"`;
}

function only(field: string, term: string): string {
  return `${field}:[${quoted(term)} TO ${quoted(term)}]`;
}

const rankClauses = Array.from({ length: RANK_BITS }, (_, i) => `searchRank:[b${i} TO b${i}]^${2 ** i}`).join(' ');

/**
 * The `entity_search` query for `raw` (trimmed, lower-cased; empty for every entity). Range and prefix clauses score
 * a constant, their boost, so a hit's score is its band (exact name or alias, whole word of the name, start of the
 * name or an alias) plus its prominence bucket: Lucene's best hits are the best answers, up to ties within a bucket.
 */
export function searchLuceneQuery(raw: string, type: string | undefined): string {
  const clauses: string[] = [];
  if (raw) {
    const prefix = `searchKeys:${raw.replace(PREFIX_SPECIAL, '\\$&')}*`;
    const exact = only('searchKeys', raw);
    const word = only('searchWords', raw);
    clauses.push(`+(${exact}^${EXACT} (${word} -${exact})^${WORD} (${prefix} -${exact} -${word})^${PREFIX})`);
  } else {
    clauses.push('+searchRank:[r TO r]^0');
  }
  if (type) clauses.push(`+${only('type', type)}^0`);
  clauses.push(rankClauses);
  return clauses.join(' ');
}

/** How close a hit is, from its score: 0 exact, 1 whole word, 2 prefix (every hit is 0 when nothing was typed). */
export function closenessOf(score: number): number {
  if (score >= EXACT || score < PREFIX) return 0;
  return score >= WORD ? 1 : 2;
}

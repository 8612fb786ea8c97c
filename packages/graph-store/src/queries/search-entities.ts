import { EntitySummarySchema, type EntitySearchQuery, type EntitySummary } from '@newsgraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { closenessOf, searchLuceneQuery } from './search-lucene';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** The words of what an analyst typed, as the full-text query takes them (Lucene's operators dropped). */
export const fulltextWords = (q: string): string[] => q.replace(LUCENE_SPECIAL, ' ').split(/\s+/).filter(Boolean);

/** Turns what an analyst types into a Lucene query: every word must match, the last as a prefix. */
export function toFulltextQuery(q: string): string {
  const words = fulltextWords(q);
  return words
    .map((word, i) => (i === words.length - 1 ? `${word}*` : word))
    .map((w) => `+${w}`)
    .join(' ');
}

const SUMMARY = `e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases,
  coalesce(e.mentionCount, 0) AS mentionCount, coalesce(e.articleCount, 0) AS articleCount`;

// Only Lucene's best `k` hits are read; a lone given name that resolution left apart is dropped after.
const RANKED = `CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: toInteger($k)}) YIELD node AS e, score
RETURN ${SUMMARY}, e.loneFirstName IS NOT NULL AS lone, score`;

// Matches that are not exact, whole-word or prefix ones (a later word of the name, or of an alias, starts with what
// was typed; several words): every hit is read, as few queries get here with a page still to fill.
const OTHERS = `CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node AS e, score
WHERE ($type IS NULL OR e.type = $type) AND e.loneFirstName IS NULL AND NOT e.id IN $seen
WITH e, score ORDER BY score DESC, e.mentionCount DESC, e.id SKIP toInteger($offset) LIMIT toInteger($limit)
RETURN ${SUMMARY}`;

const RankedRow = EntitySummarySchema.extend({ lone: z.boolean(), score: z.number() });
type Ranked = z.infer<typeof RankedRow> & { closeness: number };

/** Hits read at first, for a page ending at `need`: enough that the bucket at its end is usually whole. */
const firstRead = (need: number): number => 2 * need + 10;

function byRank(a: Ranked, b: Ranked): number {
  return (
    a.closeness - b.closeness ||
    b.mentionCount - a.mentionCount ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * The exact, whole-word and prefix matches (or, with no text, every entity) ranked, enough of them to answer the
 * first `need`; `complete` when they are all of them. Read again with more hits when the last bucket read may be cut
 * short before `need`: scores never rise down the ranking, so every hit scoring above the lowest one read is there.
 */
async function rankedMatches(
  tx: ManagedTransaction,
  lucene: string,
  need: number,
): Promise<{ ranked: Ranked[]; complete: boolean }> {
  for (let k = firstRead(need); ; k *= 8) {
    const result = await tx.run(RANKED, { lucene, k });
    const rows = result.records.map((r) => RankedRow.parse(r.toObject()));
    const ranked = rows
      .filter((row) => !row.lone)
      .map((row) => ({ ...row, closeness: closenessOf(row.score) }))
      .sort(byRank);
    if (rows.length < k) return { ranked, complete: true };
    const lowest = Math.min(...rows.map((row) => row.score));
    const last = ranked[need - 1];
    if (last && last.score > lowest) return { ranked, complete: false };
  }
}

/** The other matches to ask for: `q` as a Lucene query, and the words it was made of. */
export interface OtherMatchesQuery {
  q: string;
  words: string[];
  type: string | null;
  seen: string[];
  offset: number;
  limit: number;
}

/** What a search needs once its exact, whole-word and prefix matches are ranked: the page, and the rest to ask for. */
export interface RankedPage {
  page: EntitySummary[];
  /** The other matches still needed to fill the page (`OTHERS`), absent when the page is full or nothing was typed. */
  rest?: OtherMatchesQuery;
}

/**
 * The page of a search from its ranked matches (`complete` when they are all of them; else at least the first
 * `offset + limit`), and what to ask of the other matches when they do not fill it.
 */
export function rankedPage(query: EntitySearchQuery, ranked: readonly EntitySummary[], complete: boolean): RankedPage {
  const fulltext = toFulltextQuery(query.q);
  const offset = query.offset ?? 0;
  const need = offset + query.limit;
  const page = ranked.slice(offset, need).map((e) => EntitySummarySchema.parse(e));
  if (!fulltext || !complete || ranked.length >= need) return { page };
  return {
    page,
    rest: {
      q: fulltext,
      words: fulltextWords(query.q),
      type: query.type ?? null,
      seen: ranked.map((e) => e.id),
      offset: Math.max(0, offset - ranked.length),
      limit: need - Math.max(offset, ranked.length),
    },
  };
}

/** The matches that are not exact, whole-word or prefix ones, by Lucene's relevance, for the end of a page. */
export async function otherMatches(tx: ManagedTransaction, rest: OtherMatchesQuery): Promise<EntitySummary[]> {
  const { q, type, seen, offset, limit } = rest;
  const result = await tx.run(OTHERS, { q, type, seen, offset, limit });
  return result.records.map((r) => EntitySummarySchema.parse(r.toObject()));
}

/** True when the text typed is only operators, which matches nothing rather than everything. */
export const matchesNothing = (q: string): boolean => !toFulltextQuery(q) && Boolean(q.trim());

/**
 * Entities whose name or aliases match, best first: what was typed exactly (name or alias), then as a whole word of
 * the name, then as the start of the name or an alias, the most mentioned first within each; then other matches by
 * Lucene's relevance. With no text, the most mentioned. A page of them from `offset`. A lone given name that
 * resolution left apart ("Peter") is not listed: `ambiguousNames` lists it with its candidates.
 */
export async function searchEntities(tx: ManagedTransaction, query: EntitySearchQuery): Promise<EntitySummary[]> {
  if (matchesNothing(query.q)) return [];
  const need = (query.offset ?? 0) + query.limit;
  const raw = query.q.trim().toLowerCase();
  const { ranked, complete } = await rankedMatches(tx, searchLuceneQuery(raw, query.type), need);
  const { page, rest } = rankedPage(query, ranked, complete);
  return rest ? [...page, ...(await otherMatches(tx, rest))] : page;
}

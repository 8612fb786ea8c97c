import type { ArticleSummary } from '@newsgraph/schema';
import type { DetailRows, MirrorClaim, MirrorQuote } from './mirror-details-load';

/** Entity pages and path evidence in memory: articles, each entity's articles, claims and quotes, in query order. */
export interface MirrorDetails {
  readonly articles: ReadonlyMap<string, ArticleSummary>;
  /** Entity `i`'s articles, latest first, are `mentionArticle[mentionStart[i] .. mentionStart[i + 1]]`. */
  readonly mentionStart: Int32Array;
  readonly mentionArticle: readonly ArticleSummary[];
  /** How often each of those articles mentions the entity. */
  readonly mentionCount: Float64Array;
  /** Each relation's claims by relation key, latest first (as `EVIDENCE_OF` orders them). */
  readonly claims: ReadonlyMap<string, readonly MirrorClaim[]>;
  /** Distinct outlets (publisher, else source) of each relation key's claims. */
  readonly outlets: ReadonlyMap<string, number>;
  /** Each speaker's quotes by entity index, by article then id. */
  readonly quotes: ReadonlyMap<number, readonly MirrorQuote[]>;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Cypher's `ORDER BY c.seen DESC, c.articleId`: a missing date sorts first, as null is the largest value. */
function latestFirst(a: MirrorClaim, b: MirrorClaim): number {
  if (a.seen !== b.seen) {
    if (a.seen === null) return -1;
    if (b.seen === null) return 1;
    return compare(b.seen, a.seen);
  }
  return compare(a.articleId, b.articleId);
}

/** Cypher's `ORDER BY coalesce(a.publishedAt, a.ingestedAt, '') DESC, a.id`. */
function byDateThenId(a: ArticleSummary, b: ArticleSummary): number {
  return compare(b.publishedAt ?? b.ingestedAt ?? '', a.publishedAt ?? a.ingestedAt ?? '') || compare(a.id, b.id);
}

function mentionsOf(
  rows: DetailRows,
  articles: ReadonlyMap<string, ArticleSummary>,
  byId: ReadonlyMap<string, number>,
) {
  const rank = new Map([...articles.values()].sort(byDateThenId).map((a, i) => [a.id, i]));
  const lists: { article: ArticleSummary; rank: number; count: number }[][] = [];
  for (const row of rows.mentions) {
    const entity = byId.get(row.entity);
    if (entity === undefined) continue;
    const list = row.articles.flatMap((id, i) => {
      const article = articles.get(id);
      return article ? [{ article, rank: rank.get(id) ?? 0, count: row.counts[i] ?? 0 }] : [];
    });
    lists[entity] = list.sort((a, b) => a.rank - b.rank);
  }
  const mentionStart = new Int32Array(byId.size + 1);
  const mentionArticle: ArticleSummary[] = [];
  const counts: number[] = [];
  for (let i = 0; i < byId.size; i++) {
    mentionStart[i] = mentionArticle.length;
    for (const m of lists[i] ?? []) {
      mentionArticle.push(m.article);
      counts.push(m.count);
    }
  }
  mentionStart[byId.size] = mentionArticle.length;
  return { mentionStart, mentionArticle, mentionCount: Float64Array.from(counts) };
}

/** Indexes the detail rows for the entities of `byId`; rows naming an entity or article not read are left out. */
export function buildDetails(rows: DetailRows, byId: ReadonlyMap<string, number>): MirrorDetails {
  const articles = new Map(rows.articles.map((a) => [a.id, a]));
  const claims = new Map<string, MirrorClaim[]>();
  for (const claim of rows.claims) {
    const list = claims.get(claim.key);
    if (list) list.push(claim);
    else claims.set(claim.key, [claim]);
  }
  const outlets = new Map<string, number>();
  for (const [key, list] of claims) {
    list.sort(latestFirst);
    const names = new Set<string>();
    for (const claim of list) {
      const article = articles.get(claim.articleId);
      const outlet = article ? (article.publisher ?? article.source) : null;
      if (outlet !== null) names.add(outlet);
    }
    outlets.set(key, names.size);
  }
  const quotes = new Map<number, MirrorQuote[]>();
  for (const quote of rows.quotes) {
    const speaker = byId.get(quote.speaker);
    if (speaker === undefined) continue;
    const list = quotes.get(speaker);
    if (list) list.push(quote);
    else quotes.set(speaker, [quote]);
  }
  for (const list of quotes.values()) list.sort((a, b) => compare(a.articleId, b.articleId) || compare(a.id, b.id));
  return { articles, ...mentionsOf(rows, articles, byId), claims, outlets, quotes };
}

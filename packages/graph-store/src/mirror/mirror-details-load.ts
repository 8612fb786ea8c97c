import { ArticleSummarySchema } from '@newsgraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';

// What an entity's page and a path's hops read besides entities and relations, as their queries read it.
const ARTICLES = `MATCH (a:Article)
RETURN a.id AS id, a.title AS title, a.url AS url, a.author AS author, a.publisher AS publisher, a.source AS source,
  a.publishedAt AS publishedAt, a.ingestedAt AS ingestedAt`;

// Several of an article's mentions may point at one entity once resolution merged them, hence the sum.
const MENTIONS = `MATCH (a:Article)-[m:MENTIONS]->(e:Entity)
WITH e, a, sum(m.count) AS n
RETURN e.id AS entity, collect(a.id) AS articles, collect(n) AS counts`;

const CLAIMS = `MATCH (c:Claim)
RETURN c.key AS key, c.articleId AS articleId, c.seen AS seen, coalesce(c.evidence, []) AS evidence`;

const QUOTES = `MATCH (e:Entity)-[:SAID]->(q:Quote)
OPTIONAL MATCH (q)-[:ABOUT]->(x:Entity)
WITH e, q, x ORDER BY x.id
WITH e, q, collect(x.id) AS about
RETURN e.id AS speaker, q.id AS id, q.text AS text, q.articleId AS articleId, about`;

const MentionRowSchema = z.object({ entity: z.string(), articles: z.array(z.string()), counts: z.array(z.number()) });

const ClaimRowSchema = z.object({
  key: z.string(),
  articleId: z.string(),
  seen: z.string().nullable(),
  evidence: z.array(z.string()),
});
export type MirrorClaim = z.infer<typeof ClaimRowSchema>;

const QuoteRowSchema = z.object({
  speaker: z.string(),
  id: z.string(),
  text: z.string(),
  articleId: z.string(),
  about: z.array(z.string()),
});
export type MirrorQuote = z.infer<typeof QuoteRowSchema>;

/** The rows behind entity pages and path evidence: articles, who each mentions, claims and quotes. */
export interface DetailRows {
  articles: z.infer<typeof ArticleSummarySchema>[];
  mentions: z.infer<typeof MentionRowSchema>[];
  claims: MirrorClaim[];
  quotes: MirrorQuote[];
}

export const NO_DETAIL_ROWS: DetailRows = { articles: [], mentions: [], claims: [], quotes: [] };

/** Every article's metadata, every entity's articles, every claim with its sentences and every quote. */
export async function loadDetailRows(tx: ManagedTransaction): Promise<DetailRows> {
  const [articles, mentions, claims, quotes] = await Promise.all([
    tx.run(ARTICLES),
    tx.run(MENTIONS),
    tx.run(CLAIMS),
    tx.run(QUOTES),
  ]);
  return {
    articles: articles.records.map((r) => ArticleSummarySchema.parse(r.toObject())),
    mentions: mentions.records.map((r) => MentionRowSchema.parse(r.toObject())),
    claims: claims.records.map((r) => ClaimRowSchema.parse(r.toObject())),
    quotes: quotes.records.map((r) => QuoteRowSchema.parse(r.toObject())),
  };
}

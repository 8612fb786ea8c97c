import {
  ArticleDetailsSchema,
  ArticleSummarySchema,
  EntityRefSchema,
  NewsgraphError,
  type ArticleDetails,
  type ArticleListQuery,
  type ArticleSummary,
} from '@newsgraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { mentionSpans } from './mention-spans';

const SUMMARY = `a.id AS id, a.title AS title, a.url AS url, a.author AS author, a.publisher AS publisher,
  a.source AS source, a.publishedAt AS publishedAt, a.ingestedAt AS ingestedAt`;

// An article without a publication date counts as published when it was ingested, as claims do.
const LIST = `
MATCH (a:Article)
WHERE ($source IS NULL OR a.source = $source OR a.publisher = $source)
WITH a, coalesce(a.publishedAt, a.ingestedAt, '') AS date
WHERE ($since IS NULL OR date >= $since) AND ($until IS NULL OR left(date, size($until)) <= $until)
RETURN ${SUMMARY} ORDER BY date DESC, a.id SKIP toInteger($offset) LIMIT toInteger($take)`;

/** Articles by source and publication period, latest first; asks for one more than `take` so paging knows the end. */
export async function listArticles(
  tx: ManagedTransaction,
  query: ArticleListQuery,
  take: number,
): Promise<ArticleSummary[]> {
  const params = {
    source: query.source ?? null,
    since: query.since ?? null,
    until: query.until ?? null,
    offset: query.offset,
    take,
  };
  return (await tx.run(LIST, params)).records.map((r) => ArticleSummarySchema.parse(r.toObject()));
}

const MentionRowSchema = z.object({ entity: EntityRefSchema, names: z.array(z.string().nullable()) });

/** One article: metadata, text, and where the names of the entities it mentions stand in that text. */
export async function articleDetails(tx: ManagedTransaction, id: string): Promise<ArticleDetails> {
  const found = await tx.run(
    `MATCH (a:Article {id: $id}) RETURN ${SUMMARY}, a.text AS text, a.extractorVersion AS extractorVersion`,
    { id },
  );
  const record = found.records[0];
  if (!record) throw new NewsgraphError('NOT_FOUND', `no article with id "${id}"`);
  const article = ArticleDetailsSchema.shape.article.parse(record.toObject());
  const rows = await tx.run(
    `MATCH (:Article {id: $id})-[m:MENTIONS]->(e:Entity)
     RETURN {id: e.id, name: e.name, type: e.type} AS entity, collect(m.name) + collect(e.name) +
            reduce(all = [], m2 IN collect(m) | all + coalesce(m2.aliases, [])) AS names`,
    { id },
  );
  const entities = rows.records.map((r) => MentionRowSchema.parse(r.toObject()));
  const named = entities.map(({ entity, names }) => ({ entity, names: names.filter((n): n is string => !!n) }));
  return ArticleDetailsSchema.parse({ article, mentions: mentionSpans(article.text, named) });
}

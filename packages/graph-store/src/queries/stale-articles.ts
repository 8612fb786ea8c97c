import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import type { StoredArticle } from '../article-rows';

const optional = z
  .string()
  .nullable()
  .transform((v) => v ?? undefined);
/** A stored article row as re-extraction reads it. */
export const StoredArticleRowSchema = z.object({
  id: z.string(),
  text: z.string(),
  title: optional,
  url: optional,
  author: optional,
  publisher: optional,
  publishedAt: optional,
  source: optional,
  extractorVersion: z.string().nullable(),
  ingestedAt: optional,
});

/** Articles another extractor version read, with what re-extraction needs: their text and metadata. */
export async function staleArticles(
  tx: ManagedTransaction,
  extractorVersion: string,
  limit: number,
): Promise<StoredArticle[]> {
  const result = await tx.run(
    `MATCH (a:Article) WHERE a.extractorVersion IS NULL OR a.extractorVersion <> $v
     RETURN a.id AS id, a.text AS text, a.title AS title, a.url AS url, a.author AS author, a.publisher AS publisher,
            a.publishedAt AS publishedAt, a.source AS source, a.extractorVersion AS extractorVersion,
            a.ingestedAt AS ingestedAt
     ORDER BY a.ingestedAt, a.id LIMIT toInteger($limit)`,
    { v: extractorVersion, limit },
  );
  return result.records.map((record) => {
    const row = StoredArticleRowSchema.parse(record.toObject());
    return { ...row, extractorVersion: row.extractorVersion ?? 'unknown' };
  });
}

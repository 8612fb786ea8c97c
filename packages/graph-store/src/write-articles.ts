import type { ExtractionResult } from '@newsgraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { toArticleRows, type StoredArticle } from './article-rows';

export interface ArticleToWrite {
  article: StoredArticle;
  extraction: ExtractionResult;
}

export interface WriteOutcome {
  written: string[];
  unchanged: string[];
}

const MERGE_ENTITIES = (label: string): string => `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e:${label}, e.name = row.name, e.type = row.type, e.kind = row.kind, e.aliases = [],
                e.mentionCount = 0, e.articleCount = 0, e.firstSeen = row.seen
WITH e, row, reduce(acc = e.aliases, a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
SET e.aliases = aliases, e.aliasText = reduce(s = '', a IN aliases | s + ' ' + a),
    e.mentionCount = e.mentionCount + row.mentionCount, e.articleCount = e.articleCount + 1,
    e.lastSeen = CASE WHEN e.lastSeen IS NULL OR row.seen > e.lastSeen THEN row.seen ELSE e.lastSeen END,
    e.firstSeen = CASE WHEN row.seen < e.firstSeen THEN row.seen ELSE e.firstSeen END
WITH e, row
MATCH (a:Article {id: row.articleId})
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = row.mentionCount`;

const MERGE_RELATIONS = (type: string): string => `
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject}), (o:Entity {id: row.object})
MERGE (s)-[r:${type}]->(o)
  ON CREATE SET r.sentenceCount = 0, r.articleCount = 0, r.confidence = 0.0, r.articleIds = [],
                r.evidenceArticleIds = [], r.evidenceTexts = [], r.firstSeen = row.seen
SET r.sentenceCount = r.sentenceCount + row.sentenceCount, r.articleCount = r.articleCount + 1,
    r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.articleIds = r.articleIds + row.articleId,
    r.evidenceArticleIds = r.evidenceArticleIds + [x IN row.evidence | row.articleId],
    r.evidenceTexts = r.evidenceTexts + row.evidence,
    r.title = coalesce(row.title, r.title),
    r.lastSeen = CASE WHEN r.lastSeen IS NULL OR row.seen > r.lastSeen THEN row.seen ELSE r.lastSeen END,
    r.firstSeen = CASE WHEN row.seen < r.firstSeen THEN row.seen ELSE r.firstSeen END`;

const MERGE_QUOTES = `
UNWIND $rows AS row
MATCH (p:Entity {id: row.speaker})
MERGE (q:Quote {id: row.id})
  ON CREATE SET q.text = row.text, q.articleId = row.articleId
MERGE (p)-[:SAID]->(q)
WITH q, row
UNWIND row.about AS aboutId
MATCH (e:Entity {id: aboutId})
MERGE (q)-[:ABOUT]->(e)`;

/**
 * Writes a batch of articles in the caller's transaction: articles already in the graph are left alone,
 * so a re-run adds nothing twice, and a failure rolls the whole batch back.
 */
export async function writeArticles(tx: ManagedTransaction, batch: ArticleToWrite[], ingestedAt: string): Promise<WriteOutcome> {
  const ids = [...new Set(batch.map((item) => item.article.id))];
  const existing = await tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id', { ids });
  const known = new Set(existing.records.map((record) => String(record.get('id'))));
  const fresh = new Map<string, ArticleToWrite>();
  for (const item of batch) if (!known.has(item.article.id)) fresh.set(item.article.id, item);

  const articleRows: Record<string, unknown>[] = [];
  const entityRows = new Map<string, Record<string, unknown>[]>();
  const relationRows = new Map<string, Record<string, unknown>[]>();
  const quoteRows: Record<string, unknown>[] = [];
  for (const item of fresh.values()) {
    const rows = toArticleRows(item.article, item.extraction, ingestedAt);
    const seen = item.article.publishedAt ?? ingestedAt;
    const articleId = item.article.id;
    articleRows.push(rows.article);
    for (const [type, list] of rows.entitiesByType) {
      entityRows.set(type, [...(entityRows.get(type) ?? []), ...list.map((row) => ({ ...row, articleId, seen }))]);
    }
    for (const [predicate, list] of rows.relationsByPredicate) {
      relationRows.set(predicate, [...(relationRows.get(predicate) ?? []), ...list.map((row) => ({ ...row, articleId, seen }))]);
    }
    quoteRows.push(...rows.quotes.map((row) => ({ ...row, articleId })));
  }
  if (articleRows.length === 0) return { written: [], unchanged: ids };

  await tx.run('UNWIND $rows AS row CREATE (a:Article) SET a = row', { rows: articleRows });
  for (const [label, rows] of entityRows) await tx.run(MERGE_ENTITIES(label), { rows });
  for (const [type, rows] of relationRows) await tx.run(MERGE_RELATIONS(type), { rows });
  if (quoteRows.length > 0) await tx.run(MERGE_QUOTES, { rows: quoteRows });
  return { written: [...fresh.keys()], unchanged: ids.filter((id) => known.has(id)) };
}

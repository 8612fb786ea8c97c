import type { ArticleRows } from './article-rows';

/** Rows for one batch, aggregated so each entity and relation appears once per statement. */
export interface BatchRows {
  articles: Record<string, unknown>[];
  entities: Map<string, Record<string, unknown>[]>;
  mentions: { articleId: string; entityId: string; count: number; aliases: string[] }[];
  relations: Map<string, Record<string, unknown>[]>;
  quotes: Record<string, unknown>[];
}

interface EntityAggregate {
  id: string;
  name: string;
  type: string;
  kind: string | null;
  aliases: string[];
  mentionCount: number;
  articleCount: number;
  firstSeen: string;
  lastSeen: string;
}

interface RelationAggregate {
  subject: string;
  object: string;
  confidence: number;
  sentenceCount: number;
  articleIds: string[];
  /** Per-article support, parallel to articleIds, so an article's share can be taken out again. */
  articleSentenceCounts: number[];
  articleConfidences: number[];
  articleSeen: string[];
  evidenceArticleIds: string[];
  evidenceTexts: string[];
  title: string | null;
  firstSeen: string;
  lastSeen: string;
}

const earlier = (a: string, b: string): string => (a < b ? a : b);
const later = (a: string, b: string): string => (a > b ? a : b);

/**
 * Folds many articles' rows into one row per entity and per relation: one MERGE per key per statement
 * keeps the arithmetic simple and each key is touched once.
 */
export function toBatchRows(articles: { rows: ArticleRows; seen: string }[]): BatchRows {
  const entities = new Map<string, EntityAggregate>();
  const relations = new Map<string, { type: string; row: RelationAggregate }>();
  const batch: BatchRows = { articles: [], entities: new Map(), mentions: [], relations: new Map(), quotes: [] };
  for (const { rows, seen } of articles) {
    const articleId = String(rows.article['id']);
    batch.articles.push(rows.article);
    for (const list of rows.entitiesByType.values()) {
      for (const entity of list) {
        batch.mentions.push({ articleId, entityId: entity.id, count: entity.mentionCount, aliases: entity.aliases });
        const known = entities.get(entity.id);
        if (!known) {
          entities.set(entity.id, { ...entity, aliases: [...entity.aliases], articleCount: 1, firstSeen: seen, lastSeen: seen });
          continue;
        }
        known.mentionCount += entity.mentionCount;
        known.articleCount += 1;
        for (const alias of entity.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
        known.firstSeen = earlier(known.firstSeen, seen);
        known.lastSeen = later(known.lastSeen, seen);
      }
    }
    for (const [type, list] of rows.relationsByPredicate) {
      for (const relation of list) {
        const key = `${relation.subject}|${type}|${relation.object}`;
        const known = relations.get(key)?.row;
        const evidenceArticleIds = relation.evidence.map(() => articleId);
        if (!known) {
          relations.set(key, {
            type,
            row: {
              ...relation,
              articleIds: [articleId],
              articleSentenceCounts: [relation.sentenceCount],
              articleConfidences: [relation.confidence],
              articleSeen: [seen],
              evidenceArticleIds,
              evidenceTexts: [...relation.evidence],
              firstSeen: seen,
              lastSeen: seen,
            },
          });
          continue;
        }
        known.confidence = Math.max(known.confidence, relation.confidence);
        known.sentenceCount += relation.sentenceCount;
        known.articleIds.push(articleId);
        known.articleSentenceCounts.push(relation.sentenceCount);
        known.articleConfidences.push(relation.confidence);
        known.articleSeen.push(seen);
        known.evidenceArticleIds.push(...evidenceArticleIds);
        known.evidenceTexts.push(...relation.evidence);
        known.title = known.title ?? relation.title;
        known.firstSeen = earlier(known.firstSeen, seen);
        known.lastSeen = later(known.lastSeen, seen);
      }
    }
    batch.quotes.push(...rows.quotes.map((quote) => ({ ...quote, articleId })));
  }
  for (const entity of entities.values()) {
    batch.entities.set(entity.type, [...(batch.entities.get(entity.type) ?? []), { ...entity }]);
  }
  for (const { type, row } of relations.values()) {
    batch.relations.set(type, [...(batch.relations.get(type) ?? []), { ...row }]);
  }
  return batch;
}

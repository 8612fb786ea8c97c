import { relationKey } from '@newsgraph/schema';
import type { ArticleRows } from './article-rows';
import { betterName } from './display-name';
import { acronymKey, expandsKey } from './resolution/acronym-keys';
import { personKeys } from './resolution/person-keys';

/** Rows for one batch, aggregated so each entity and relation appears once per statement. */
export interface BatchRows {
  articles: Record<string, unknown>[];
  entities: Map<string, Record<string, unknown>[]>;
  mentions: MentionRow[];
  relations: Map<string, Record<string, unknown>[]>;
  /** One claim per relation per article: its support and evidence, so it can be shown and taken out again. */
  claims: ClaimRow[];
  quotes: Record<string, unknown>[];
}

/**
 * One article's mentions of one entity as the extractor named it: `sourceId` stays that id when resolution
 * across articles points the mention at another entity, so the decision can be recomputed and undone.
 */
export interface MentionRow {
  articleId: string;
  entityId: string;
  sourceId: string;
  name: string;
  count: number;
  aliases: string[];
  titles: string[];
  /** The token of a one-word person name ("biden"), which cross-article resolution looks up. */
  shortKey: string | null;
  /** The acronym an organisation written only as its initials is ("FEMA"), which cross-article resolution expands. */
  acronymKey: string | null;
  /** The acronym an organisation named in full stands for in this article, which makes it a candidate for that acronym. */
  expandsKey: string | null;
}

export interface ClaimRow {
  key: string;
  subject: string;
  predicate: string;
  object: string;
  /** The ids the extractor gave, kept when resolution moves the claim to other entities. */
  sourceSubject: string;
  sourceObject: string;
  articleId: string;
  sentenceCount: number;
  confidence: number;
  title: string | null;
  seen: string;
  evidence: string[];
}

interface EntityAggregate {
  id: string;
  name: string;
  type: string;
  kind: string | null;
  aliases: string[];
  titles: string[];
  firstKey: string | null;
  lastKey: string | null;
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
  articleCount: number;
  title: string | null;
  firstSeen: string;
  lastSeen: string;
}

const earlier = (a: string, b: string): string => (a < b ? a : b);
// the alphabetically first title, so a relation's title does not depend on the order its articles came in
const earliestTitle = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : earlier(a, b);
const later = (a: string, b: string): string => (a > b ? a : b);

/**
 * Folds many articles' rows into one row per entity and per relation: one MERGE per key per statement
 * keeps the arithmetic simple and each key is touched once.
 */
export function toBatchRows(articles: { rows: ArticleRows; seen: string }[]): BatchRows {
  const entities = new Map<string, EntityAggregate>();
  const relations = new Map<string, { type: string; row: RelationAggregate }>();
  const batch: BatchRows = {
    articles: [],
    entities: new Map(),
    mentions: [],
    relations: new Map(),
    claims: [],
    quotes: [],
  };
  for (const { rows, seen } of articles) {
    const articleId = String(rows.article['id']);
    batch.articles.push(rows.article);
    for (const list of rows.entitiesByType.values()) {
      for (const entity of list) {
        const keys = personKeys(entity.id);
        batch.mentions.push({
          articleId,
          entityId: entity.id,
          sourceId: entity.id,
          name: entity.name,
          count: entity.mentionCount,
          aliases: entity.aliases,
          titles: entity.titles,
          shortKey: keys.short ?? null,
          acronymKey: acronymKey(entity.type, entity.name),
          expandsKey: expandsKey(entity.type, entity.id, entity.name, entity.aliases),
        });
        const known = entities.get(entity.id);
        if (!known) {
          const { titles: _titles, ...fields } = entity;
          entities.set(entity.id, {
            ...fields,
            aliases: [...entity.aliases],
            titles: [...entity.titles],
            firstKey: keys.first ?? null,
            lastKey: keys.last ?? null,
            articleCount: 1,
            firstSeen: seen,
            lastSeen: seen,
          });
          continue;
        }
        for (const title of entity.titles) if (!known.titles.includes(title)) known.titles.push(title);
        known.name = betterName(known.name, entity.name);
        known.mentionCount += entity.mentionCount;
        known.articleCount += 1;
        for (const alias of entity.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
        known.firstSeen = earlier(known.firstSeen, seen);
        known.lastSeen = later(known.lastSeen, seen);
      }
    }
    for (const [type, list] of rows.relationsByPredicate) {
      for (const relation of list) {
        const key = relationKey(relation.subject, type, relation.object);
        const { evidence, ...support } = relation;
        batch.claims.push({
          key,
          predicate: type,
          articleId,
          seen,
          evidence,
          sourceSubject: relation.subject,
          sourceObject: relation.object,
          ...support,
        });
        const known = relations.get(key)?.row;
        if (!known) {
          relations.set(key, { type, row: { ...support, articleCount: 1, firstSeen: seen, lastSeen: seen } });
          continue;
        }
        known.confidence = Math.max(known.confidence, relation.confidence);
        known.sentenceCount += relation.sentenceCount;
        known.articleCount += 1;
        known.title = earliestTitle(known.title, relation.title);
        known.firstSeen = earlier(known.firstSeen, seen);
        known.lastSeen = later(known.lastSeen, seen);
      }
    }
    batch.quotes.push(...rows.quotes.map((quote) => ({ ...quote, articleId })));
  }
  // pushed in place: copying each type's list per row made a batch's grouping quadratic in its entities
  for (const entity of entities.values()) pushTo(batch.entities, entity.type, { ...entity });
  for (const { type, row } of relations.values()) pushTo(batch.relations, type, { ...row });
  return batch;
}

function pushTo(groups: Map<string, Record<string, unknown>[]>, key: string, row: Record<string, unknown>): void {
  const list = groups.get(key);
  if (list) list.push(row);
  else groups.set(key, [row]);
}

import { relationKey, type EntityType, type ExtractionResult, type Predicate } from '@newsgraph/schema';
import { normaliseAliases, normaliseName } from './normalise-name';
import { personKeys } from './resolution/person-keys';
import { isFullMention, titlesOf } from './resolution/person-titles';

/** One article's contribution, flattened into the rows the batched Cypher statements UNWIND. */
export interface ArticleRows {
  article: Record<string, string | null>;
  entitiesByType: Map<EntityType, EntityRow[]>;
  relationsByPredicate: Map<Predicate, RelationRow[]>;
  quotes: QuoteRow[];
}

export interface EntityRow {
  id: string;
  name: string;
  type: EntityType;
  kind: string | null;
  aliases: string[];
  mentionCount: number;
  /** Titles written before a person's mentions in this article ("president", "dr"), which tell namesakes apart. */
  titles: string[];
}

export interface RelationRow {
  subject: string;
  object: string;
  confidence: number;
  sentenceCount: number;
  title: string | null;
  evidence: string[];
}

export interface QuoteRow {
  id: string;
  speaker: string;
  text: string;
  about: string[];
}

/** What an article carries besides its extraction. */
export interface StoredArticle {
  id: string;
  text: string;
  title?: string | undefined;
  url?: string | undefined;
  author?: string | undefined;
  publisher?: string | undefined;
  publishedAt?: string | undefined;
  source?: string | undefined;
  extractorVersion: string;
  /** A hash of the exact text and metadata: a re-run skips an article whose hash and version are stored. */
  contentHash?: string | undefined;
  /** Kept from the first ingest when an article is re-extracted, so its place in time does not move. */
  ingestedAt?: string | undefined;
}

/** Groups an extraction by label and relationship type, since Cypher cannot parameterise those. */
export function toArticleRows(article: StoredArticle, extraction: ExtractionResult, ingestedAt: string): ArticleRows {
  const entitiesByType = new Map<EntityType, EntityRow[]>();
  const typeOf = new Map<string, EntityType>();
  for (const entity of extraction.entities) {
    typeOf.set(entity.id, entity.type);
    const rows = entitiesByType.get(entity.type) ?? [];
    const titles = new Set<string>();
    if (entity.type === 'Person') {
      // a full name's titles come from its full mentions: the article's bare "Biden" may be another Biden's
      const full = personKeys(entity.id).short === undefined;
      for (const m of entity.mentions) {
        if (m.kind === 'pronoun' || (full && !isFullMention(m.text))) continue;
        for (const title of titlesOf(article.text, m.start, m.end)) titles.add(title);
      }
    }
    rows.push({
      id: entity.id,
      name: normaliseName(entity.name),
      type: entity.type,
      kind: entity.kind ?? null,
      aliases: normaliseAliases(entity.name, entity.aliases),
      mentionCount: entity.mentions.length,
      titles: [...titles].sort(),
    });
    entitiesByType.set(entity.type, rows);
  }
  const relationsByPredicate = new Map<Predicate, RelationRow[]>();
  const byKey = new Map<string, RelationRow>();
  for (const relation of extraction.relations) {
    if (!typeOf.has(relation.subject) || !typeOf.has(relation.object)) continue;
    const key = relationKey(relation.subject, relation.predicate, relation.object);
    const existing = byKey.get(key);
    if (existing) {
      existing.sentenceCount += 1;
      existing.confidence = Math.max(existing.confidence, relation.confidence);
      if (!existing.evidence.includes(relation.evidence.text)) existing.evidence.push(relation.evidence.text);
      continue;
    }
    const row: RelationRow = {
      subject: relation.subject,
      object: relation.object,
      confidence: relation.confidence,
      sentenceCount: 1,
      title: relation.attributes?.['title'] ?? null,
      evidence: [relation.evidence.text],
    };
    byKey.set(key, row);
    const rows = relationsByPredicate.get(relation.predicate) ?? [];
    rows.push(row);
    relationsByPredicate.set(relation.predicate, rows);
  }
  const quotes = extraction.quotes
    .filter((quote) => typeOf.get(quote.speaker) === 'Person')
    .map((quote) => ({
      id: `${article.id}:${quote.start}`,
      speaker: quote.speaker,
      text: quote.text,
      about: (quote.about ?? []).filter((id) => typeOf.has(id)),
    }));
  return {
    article: {
      id: article.id,
      text: article.text,
      title: article.title ?? null,
      url: article.url ?? null,
      author: article.author ?? null,
      publisher: article.publisher ?? null,
      publishedAt: article.publishedAt ?? null,
      source: article.source ?? null,
      extractorVersion: article.extractorVersion,
      contentHash: article.contentHash ?? null,
      ingestedAt: article.ingestedAt ?? ingestedAt,
    },
    entitiesByType,
    relationsByPredicate,
    quotes,
  };
}

import { ENTITY_TYPES, NewsgraphError, PREDICATES, type ExtractionResult } from '@newsgraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { toArticleRows, type StoredArticle } from './article-rows';
import { toBatchRows, type BatchRows } from './batch-rows';
import { BETTER_NAME_CYPHER } from './display-name';
import { removeArticles } from './remove-articles';
import { acronymKeysOf, resolveAcronyms } from './resolution/resolve-acronyms';
import { resolutionKeys } from './resolution/person-keys';
import { resolvePeople } from './resolution/resolve-names';
import { searchFieldsCypher } from './search-fields';
import { timeStep, type StepTimer } from './step-timer';

export interface ArticleToWrite {
  article: StoredArticle;
  extraction: ExtractionResult;
}

export interface WriteOutcome {
  /** Articles the graph did not have. */
  written: string[];
  /** Articles that replaced an older version: the same URL with new text, other metadata, or re-extracted. */
  updated: string[];
  /** Articles already in the graph with the same content hash and extractor version, left as they were. */
  unchanged: string[];
}

export interface WriteOptions {
  /** Rewrite articles whose id is already stored even when their content hash and version match (re-extraction). */
  replaceExisting?: boolean;
  /** Told the time of each step (look-up, entities, mentions, relations, resolution…), for a profile. */
  onStep?: StepTimer | undefined;
}

const FIND_EXISTING = `
UNWIND $items AS item
OPTIONAL MATCH (same:Article {id: item.id})
OPTIONAL MATCH (older:Article {url: item.url}) WHERE item.url IS NOT NULL AND older.id <> item.id
RETURN item.id AS id, same IS NOT NULL AS known, same.contentHash AS hash, same.extractorVersion AS version,
       same.ingestedAt AS ingestedAt, collect(older.id) AS replaced`;

// Aliases are only written when new ones arrive: every write of aliasText costs a full-text index update (the
// search fields too, but they are set to what they were unless the name, an alias or the prominence bucket moved).
// One statement for every type (the label set from the row, checked against the ontology first): one plan to make on
// a freshly started Neo4j instead of one per label.
const MERGE_ENTITIES = `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e:$(row.type), e.name = row.name, e.type = row.type, e.kind = row.kind, e.aliases = [], e.aliasText = '',
                e.mentionCount = 0, e.articleCount = 0, e.firstSeen = row.firstSeen, e.lastSeen = row.lastSeen,
                e.firstKey = row.firstKey, e.lastKey = row.lastKey
SET e.name = ${BETTER_NAME_CYPHER},
    e.mentionCount = e.mentionCount + row.mentionCount, e.articleCount = e.articleCount + row.articleCount,
    e.firstSeen = CASE WHEN row.firstSeen < e.firstSeen THEN row.firstSeen ELSE e.firstSeen END,
    e.lastSeen = CASE WHEN row.lastSeen > e.lastSeen THEN row.lastSeen ELSE e.lastSeen END
WITH e, reduce(acc = [], a IN row.aliases | CASE WHEN a IN e.aliases OR a IN acc THEN acc ELSE acc + a END) AS fresh
FOREACH (_ IN CASE WHEN size(fresh) > 0 THEN [1] ELSE [] END |
  SET e.aliases = e.aliases + fresh, e.aliasText = e.aliasText + reduce(s = '', a IN fresh | s + ' ' + a))
SET ${searchFieldsCypher('e')}`;

// Each article is created with its mentions in one pass: one index seek per mention, none for the article.
const CREATE_ARTICLES = `
UNWIND $rows AS row
CREATE (a:Article) SET a = row.article
WITH a, row
UNWIND row.mentions AS m
MATCH (e:Entity {id: m.entityId})
CREATE (a)-[:MENTIONS {count: m.count, aliases: m.aliases, sourceId: m.sourceId, name: m.name, titles: m.titles, shortKey: m.shortKey,
                          acronymKey: m.acronymKey, expandsKey: m.expandsKey}]->(e)`;

// Only counters live on the relationship, so a much-repeated relation costs the same to update as a new one.
const MERGE_RELATIONS = (type: string): string => `
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject}), (o:Entity {id: row.object})
MERGE (s)-[r:${type}]->(o)
  ON CREATE SET r.sentenceCount = 0, r.articleCount = 0, r.confidence = 0.0, r.firstSeen = row.firstSeen, r.lastSeen = row.lastSeen
SET r.sentenceCount = r.sentenceCount + row.sentenceCount, r.articleCount = r.articleCount + row.articleCount,
    r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.title = CASE WHEN r.title IS NULL OR row.title < r.title THEN coalesce(row.title, r.title) ELSE r.title END,
    r.firstSeen = CASE WHEN row.firstSeen < r.firstSeen THEN row.firstSeen ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN row.lastSeen > r.lastSeen THEN row.lastSeen ELSE r.lastSeen END`;

const CREATE_CLAIMS = 'UNWIND $rows AS row CREATE (c:Claim) SET c = row';

const MERGE_QUOTES = `
UNWIND $rows AS row
MATCH (p:Entity {id: row.speaker})
MERGE (q:Quote {id: row.id})
  ON CREATE SET q.text = row.text, q.articleId = row.articleId, q.speakerSource = row.speaker
MERGE (p)-[:SAID]->(q)
WITH q, row
UNWIND row.about AS aboutId
MATCH (e:Entity {id: aboutId})
MERGE (q)-[:ABOUT {sourceId: aboutId}]->(e)`;

/**
 * Writes a batch of articles in the caller's transaction: an article stored with the same content hash and
 * extractor version is left alone (so a re-run adds nothing twice), one stored otherwise or a new version of a
 * stored URL replaces the old one's contribution, and a failure rolls the whole batch back.
 */
export async function writeArticles(
  tx: ManagedTransaction,
  items: ArticleToWrite[],
  ingestedAt: string,
  options: WriteOptions = {},
): Promise<WriteOutcome> {
  const timer = options.onStep;
  const byId = new Map<string, ArticleToWrite>();
  for (const item of items) if (!byId.has(item.article.id)) byId.set(item.article.id, item);
  const lookup = [...byId.values()].map((item) => ({ id: item.article.id, url: item.article.url ?? null }));
  const existing = await timeStep(timer, 'find existing', async () => tx.run(FIND_EXISTING, { items: lookup }));
  const outcome: WriteOutcome = { written: [], updated: [], unchanged: [] };
  const toRemove = new Set<string>();
  const fresh: ArticleToWrite[] = [];
  for (const record of existing.records) {
    const id = String(record.get('id'));
    const replaced = (record.get('replaced') as string[]).filter((old) => !byId.has(old));
    const known = record.get('known') === true;
    const item = byId.get(id);
    if (!item) continue;
    if (known && !options.replaceExisting && storedAsIs(item, record.get('hash'), record.get('version'))) {
      outcome.unchanged.push(id);
      continue;
    }
    if (known) toRemove.add(id);
    for (const old of replaced) toRemove.add(old);
    (known || replaced.length > 0 ? outcome.updated : outcome.written).push(id);
    fresh.push(known ? keepIngestTime(item, record.get('ingestedAt')) : item);
  }
  if (fresh.length === 0) return outcome;
  const { removedAcronyms, removedPeople } = await timeStep(timer, 'take out replaced', async () => ({
    removedAcronyms: await acronymKeysOf(tx, [...toRemove]),
    removedPeople: await removeArticles(tx, [...toRemove]),
  }));

  const started = performance.now();
  const batch = toBatchRows(
    fresh.map((item) => ({
      rows: toArticleRows(item.article, item.extraction, ingestedAt),
      seen: item.article.publishedAt ?? item.article.ingestedAt ?? ingestedAt,
    })),
  );
  const mentionsOf = new Map<string, BatchRows['mentions']>();
  for (const mention of batch.mentions) {
    const list = mentionsOf.get(mention.articleId);
    if (list) list.push(mention);
    else mentionsOf.set(mention.articleId, [mention]);
  }
  const articleRows = batch.articles.map((article) => ({
    article,
    mentions: mentionsOf.get(String(article['id'])) ?? [],
  }));
  timer?.('rows (client)', performance.now() - started);

  await timeStep(timer, 'entities', async () => {
    // each row's type is the label it is listed under (batch-rows), so checking the labels checks the rows
    const rows = [...batch.entities].flatMap(([label, list]) => {
      assertLabel(label);
      return list;
    });
    if (rows.length > 0) await tx.run(MERGE_ENTITIES, { rows });
  });
  await timeStep(timer, 'articles and mentions', async () => tx.run(CREATE_ARTICLES, { rows: articleRows }));
  await timeStep(timer, 'relations and claims', async () => {
    for (const [type, rows] of batch.relations) await tx.run(MERGE_RELATIONS(assertPredicate(type)), { rows });
    if (batch.claims.length > 0) await tx.run(CREATE_CLAIMS, { rows: batch.claims });
  });
  await timeStep(timer, 'quotes', async () => {
    if (batch.quotes.length > 0) await tx.run(MERGE_QUOTES, { rows: batch.quotes });
  });
  const people = [...removedPeople, ...(batch.entities.get('Person') ?? []).map((row) => String(row['id']))];
  await resolvePeople(tx, people.flatMap(resolutionKeys), people, timer);
  const acronyms = batch.mentions.flatMap((m) => [m.acronymKey, m.expandsKey].filter((k): k is string => k !== null));
  await resolveAcronyms(tx, [...removedAcronyms, ...acronyms], timer);
  return outcome;
}

// An article read again keeps its first ingest time, so its place in time (first and last seen) does not move.
function keepIngestTime(item: ArticleToWrite, stored: unknown): ArticleToWrite {
  if (item.article.ingestedAt !== undefined || typeof stored !== 'string') return item;
  return { ...item, article: { ...item.article, ingestedAt: stored } };
}

// An item without a content hash (written by code that has none) is compared by its version alone.
function storedAsIs(item: ArticleToWrite, hash: unknown, version: unknown): boolean {
  const sameHash = item.article.contentHash === undefined || hash === item.article.contentHash;
  return sameHash && version === item.article.extractorVersion;
}

// Labels and types are spliced into Cypher, so only the ontology's own names may pass.
function assertLabel(label: string): string {
  if (!(ENTITY_TYPES as readonly string[]).includes(label))
    throw new NewsgraphError('BAD_INPUT', `unknown entity type "${label}"`);
  return label;
}

function assertPredicate(type: string): string {
  if (!(PREDICATES as readonly string[]).includes(type))
    throw new NewsgraphError('BAD_INPUT', `unknown predicate "${type}"`);
  return type;
}

import { ENTITY_TYPES } from '@newsgraph/schema';

/** Constraints and indexes, each idempotent, so every start can run them. */
export const SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT quote_id IF NOT EXISTS FOR (q:Quote) REQUIRE q.id IS UNIQUE',
  'CREATE INDEX article_url IF NOT EXISTS FOR (a:Article) ON (a.url)',
  'CREATE INDEX article_source IF NOT EXISTS FOR (a:Article) ON (a.source)',
  'CREATE INDEX article_extractor IF NOT EXISTS FOR (a:Article) ON (a.extractorVersion)',
  'CREATE INDEX quote_article IF NOT EXISTS FOR (q:Quote) ON (q.articleId)',
  'CREATE INDEX claim_key IF NOT EXISTS FOR (c:Claim) ON (c.key)',
  'CREATE INDEX claim_article IF NOT EXISTS FOR (c:Claim) ON (c.articleId)',
  'CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)',
  // cross-article name resolution looks people up by surname and given name, and short forms by their one word
  'CREATE INDEX person_last_key IF NOT EXISTS FOR (e:Person) ON (e.lastKey)',
  'CREATE INDEX person_first_key IF NOT EXISTS FOR (e:Person) ON (e.firstKey)',
  'CREATE INDEX mention_short_key IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON (m.shortKey)',
  // and organisations' acronyms written alone, and the full names articles expand them to
  'CREATE INDEX mention_acronym_key IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON (m.acronymKey)',
  'CREATE INDEX mention_expands_key IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON (m.expandsKey)',
  'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText]',
  // search ranks by these (search-fields.ts): whole lower-cased strings, so exact and prefix matches are single terms
  "CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.searchKeys, e.searchWords, e.searchRank, e.type] OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}",
  ...ENTITY_TYPES.map((type) => `CREATE INDEX ${type.toLowerCase()}_name IF NOT EXISTS FOR (e:${type}) ON (e.name)`),
];

export { GraphStore, type ConnectOptions } from './store';
export { toFulltextQuery } from './queries/search-entities';
export type { ArticleToWrite, WriteOutcome, WriteOptions } from './write-articles';
export type { StoredArticle } from './article-rows';
export { toStoreError } from './errors';
export type { GraphExport } from './queries/export-graph';
export { ALLOWED_PROCEDURES } from './cypher/plan-guard';
export { DEFAULT_CYPHER_LIMITS, type CypherLimits } from './cypher/read-only-query';
export type { ExportScope } from './queries/stream-graph';

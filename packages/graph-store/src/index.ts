export { GraphStore, type ConnectOptions } from './store';
export { toFulltextQuery } from './queries/search-entities';
export type { ArticleToWrite, WriteOutcome, WriteOptions } from './write-articles';
export type { StoredArticle } from './article-rows';
export { toStoreError } from './errors';
export type { GraphExport } from './queries/export-graph';

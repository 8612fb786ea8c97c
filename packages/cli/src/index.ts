export { loadConfig, callerCwd, type Config } from './config';
export { acquireNeo4j, type Neo4jLease } from './neo4j-owner';
export { ingestSources, type IngestSummary } from './ingest/ingest';
export { readSource, readSources } from './readers/read-source';
export { applyOverrides } from './overrides/apply-overrides';
export { extractLine, extractJsonl } from './commands/extract-jsonl';
export { readArticleFile } from './readers/read-article-file';
export { prepareArticle, type PrepareContext } from './ingest/prepare-article';

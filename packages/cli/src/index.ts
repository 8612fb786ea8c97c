export { loadConfig, callerCwd, type Config } from './config';
export { acquireNeo4j, type Neo4jLease } from './neo4j-owner';
export { ingestPaths, type IngestSummary } from './ingest';
export { extractLine, extractJsonl } from './commands/extract-jsonl';
export { readArticleFile } from './readers/read-article-file';

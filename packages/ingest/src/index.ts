/** Public face of ingestion: sources read into articles, extracted (in a pool of threads) and written to the graph. */
export { ingestSources, type DeferredStore, type IngestOptions, type IngestSummary } from './ingest-sources';
export type { IngestFailure } from './ingest-failure';
export { createProfileRecorder, type IngestProfile, type ProfileRecorder } from './ingest-profile';
export type { StaleReason, StoredLookup } from './skip-unchanged';
export { reextract, type ReextractOptions, type ReextractSummary } from './reextract';
export { extractJsonl, type ExtractJsonlOptions } from './extract-jsonl';
export type { ProgressEvent, ProgressListener } from './progress-event';
export { createExtractionPool, type ExtractionPool, type ExtractionPoolOptions } from './extraction/extraction-pool';
export { extractLine, type ExtractLineOptions } from './extraction/extract-line';
export { prepareArticle, type PrepareContext } from './extraction/prepare-article';
export { loadPrepareContext } from './extraction/load-context';
export { articleIdFor, normaliseArticleText } from './extraction/article-id';
export { applyOverrides } from './overrides/apply-overrides';
export { isUrl, readSource, readSources, type ReadSourceOptions } from './readers/read-source';
export { readArticleFile, MAX_FILE_BYTES, type ReadOptions, type ReadResult } from './readers/read-article-file';
export { readBytes, type ByteSource } from './readers/read-bytes';
export { parseArticleHeader, type ParsedArticle } from './readers/header/parse-article-header';
export { openFileStream } from './readers/open-file-stream';

import { EXTRACTOR_VERSION, extract } from '@newsgraph/extractor';
import { articleIdFor, type ArticleToWrite, type GraphStore } from '@newsgraph/graph-store';
import { toNewsgraphError } from '@newsgraph/schema';
import { SingleBar } from 'cli-progress';
import type { Logger } from 'pino';
import { collectFiles } from './readers/collect-files';
import { readArticleFile, type ReadResult } from './readers/read-article-file';

const BATCH_SIZE = 50;

export interface IngestFailure {
  where: string;
  error: string;
}

/** What an ingest run did, for the summary line and `--json`. */
export interface IngestSummary {
  files: number;
  articles: number;
  new: number;
  unchanged: number;
  failed: IngestFailure[];
}

/** Reads, extracts and writes articles in batches (one transaction each); every failure is reported with where. */
export async function ingestPaths(store: GraphStore, paths: string[], logger: Logger, showProgress: boolean): Promise<IngestSummary> {
  const { files, missing } = collectFiles(paths);
  const summary: IngestSummary = { files: files.length, articles: 0, new: 0, unchanged: 0, failed: missing.map((where) => ({ where, error: 'no such file or directory' })) };
  const reads: ReadResult[] = files.flatMap((file) => readArticleFile(file));
  summary.articles = reads.length;
  const bar = showProgress && reads.length > 1 ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} articles | {rate}/s | ETA {eta_formatted}', hideCursor: true, etaBuffer: 50 }) : undefined;
  const started = Date.now();
  bar?.start(reads.length, 0, { rate: '0' });
  let done = 0;
  let batch: { where: string; item: ArticleToWrite }[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    try {
      const outcome = await store.writeArticles(batch.map((b) => b.item));
      summary.new += outcome.written.length;
      summary.unchanged += batch.length - outcome.written.length;
    } catch (error) {
      const message = toNewsgraphError(error).message;
      summary.failed.push(...batch.map((b) => ({ where: b.where, error: `not written: ${message}` })));
    }
    done += batch.length;
    bar?.update(done, { rate: (done / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1) });
    batch = [];
  };
  for (const read of reads) {
    if (!read.ok) {
      summary.failed.push({ where: read.where, error: read.error });
      done += 1;
      continue;
    }
    try {
      const id = articleIdFor(read.article.text);
      const extraction = extract({ id, text: read.article.text, ...(read.article.title ? { title: read.article.title } : {}) });
      batch.push({ where: read.where, item: { article: { ...read.article, id, extractorVersion: EXTRACTOR_VERSION }, extraction } });
    } catch (error) {
      summary.failed.push({ where: read.where, error: `extraction failed: ${toNewsgraphError(error).message}` });
      done += 1;
    }
    if (batch.length >= BATCH_SIZE) await flush();
  }
  await flush();
  bar?.stop();
  for (const failure of summary.failed) logger.warn(`${failure.where}: ${failure.error}`);
  return summary;
}

import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { collectFiles } from './collect-files';
import { fetchUrl } from './fetch-url';
import { readArticleFile, type ReadOptions } from './read-article-file';
import { readBytes } from './read-bytes';
import { readStreamCapped } from './read-stream';
import { failedResult, type ReadResult } from './read-result';
import { MAX_FILE_BYTES } from './size-limit';
import { isJsonLinesFile, streamJsonLines } from './stream-json-lines';

/** Options for readSource: the size cap, the URL timeout, and what `-` reads (process.stdin unless a test says otherwise). */
export interface ReadSourceOptions extends ReadOptions {
  timeoutMs?: number;
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** True for what readSource fetches over HTTP rather than reading from disk. */
export const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);

async function readUrl(url: string, limit: number, timeoutMs: number | undefined): Promise<ReadResult[]> {
  try {
    const fetched = await fetchUrl(url, limit, timeoutMs);
    const name = basename(new URL(fetched.finalUrl).pathname);
    return readBytes(fetched.bytes, { where: url, name, contentType: fetched.contentType, maxBytes: limit });
  } catch (error) {
    return [failedResult(url, error)];
  }
}

async function readStdin(stream: AsyncIterable<Uint8Array | string>, limit: number): Promise<ReadResult[]> {
  try {
    return readBytes(await readStreamCapped(stream, limit), { where: 'stdin', name: '', maxBytes: limit });
  } catch (error) {
    return [failedResult('stdin', error)];
  }
}

/**
 * Reads every article from one source, a file, a directory (recursive, sorted), `-` for stdin or an http(s) URL,
 * yielding each article or the reason it could not be read; it never throws for a bad input.
 */
export async function* readSource(source: string, options: ReadSourceOptions = {}): AsyncGenerator<ReadResult> {
  const limit = options.maxBytes ?? MAX_FILE_BYTES;
  if (source === '-') {
    yield* await readStdin(options.stdin ?? process.stdin, limit);
    return;
  }
  if (isUrl(source)) {
    yield* await readUrl(source, limit, options.timeoutMs);
    return;
  }
  let isDirectory: boolean;
  try {
    isDirectory = statSync(source).isDirectory();
  } catch {
    yield { ok: false, where: source, error: 'no such file or directory' };
    return;
  }
  const files = isDirectory ? collectFiles([source]).files : [source];
  for (const file of files) {
    if (isJsonLinesFile(file)) yield* streamJsonLines(file, limit);
    else yield* readArticleFile(file, { maxBytes: limit });
  }
}

/** Reads several sources in order into one list, for callers that want everything at once. */
export async function readSources(sources: string[], options: ReadSourceOptions = {}): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for (const source of sources) for await (const result of readSource(source, options)) results.push(result);
  return results;
}

import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { readBytes } from './read-bytes';
import { failedResult, type ReadResult } from './read-result';
import { MAX_FILE_BYTES, tooLargeError } from './size-limit';

export type { ReadResult } from './read-result';
export { MAX_FILE_BYTES } from './size-limit';

/** Options shared by every reader entry point. */
export interface ReadOptions {
  /** Inputs larger than this (before and after gunzip) are refused; defaults to MAX_FILE_BYTES. */
  maxBytes?: number;
}

/** Reads one file into articles, synchronously: any supported format, detected by extension and content. */
export function readArticleFile(path: string, options: ReadOptions = {}): ReadResult[] {
  const limit = options.maxBytes ?? MAX_FILE_BYTES;
  try {
    const size = statSync(path).size;
    if (size > limit) return [failedResult(path, tooLargeError(size, limit))];
    return readBytes(readFileSync(path), { where: path, name: basename(path), maxBytes: limit });
  } catch (error) {
    return [failedResult(path, error)];
  }
}

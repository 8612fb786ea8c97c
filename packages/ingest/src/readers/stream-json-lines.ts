import { createInterface } from 'node:readline';
import { readJsonLine } from './json-line';
import { openFileStream } from './open-file-stream';
import type { ReadResult } from './read-result';

const JSON_LINES_FILE = /\.(jsonl|ndjson)(\.gz)?$/i;

/** JSON Lines files are collections, so they are streamed a line at a time instead of read whole. */
export function isJsonLinesFile(path: string): boolean {
  return JSON_LINES_FILE.test(path);
}

/**
 * Yields one article per non-blank line, keeping memory flat on files of any size; the size cap applies to
 * each line, and each bad line is reported as `path:line`.
 */
export async function* streamJsonLines(path: string, maxLineBytes: number): AsyncGenerator<ReadResult> {
  const lines = createInterface({ input: openFileStream(path), crlfDelay: Infinity });
  let lineNumber = 0;
  let yielded = 0;
  try {
    for await (const line of lines) {
      lineNumber += 1;
      const result = readJsonLine(line, `${path}:${lineNumber}`, maxLineBytes);
      if (!result) continue;
      yielded += 1;
      yield result;
    }
  } catch (error) {
    yield {
      ok: false,
      where: lineNumber > 0 ? `${path}:${lineNumber}` : path,
      error: `cannot read: ${(error as Error).message}`,
    };
    return;
  }
  if (yielded === 0) yield { ok: false, where: path, error: 'article text is empty' };
}

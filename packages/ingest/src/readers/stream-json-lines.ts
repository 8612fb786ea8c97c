import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { ReadResult } from './read-result';
import { fromJsonObject } from './formats/json-article';
import { tooLargeError } from './size-limit';

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
  const file = createReadStream(path);
  const input = path.toLowerCase().endsWith('.gz') ? file.pipe(createGunzip()) : file;
  // readline does not see errors of a piped source, so forward them to the stream it reads.
  if (input !== file) file.once('error', (error) => input.destroy(error));
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  let yielded = 0;
  try {
    for await (const line of lines) {
      lineNumber += 1;
      if (!line.trim()) continue;
      yielded += 1;
      const where = `${path}:${lineNumber}`;
      const bytes = Buffer.byteLength(line);
      if (bytes > maxLineBytes) {
        yield { ok: false, where, error: `line ${tooLargeError(bytes, maxLineBytes).message}` };
        continue;
      }
      try {
        yield fromJsonObject(JSON.parse(line), where);
      } catch (error) {
        yield { ok: false, where, error: `invalid JSON: ${(error as Error).message}` };
      }
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

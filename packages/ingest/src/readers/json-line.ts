import type { ReadResult } from './read-result';
import { fromJsonObject } from './formats/json-article';
import { tooLargeError } from './size-limit';

/** One line of a JSON Lines source as an article or the reason it is not one; undefined for a blank line. */
export function readJsonLine(
  line: string,
  at: string,
  maxLineBytes = Number.POSITIVE_INFINITY,
): ReadResult | undefined {
  if (!line.trim()) return undefined;
  const bytes = Buffer.byteLength(line);
  if (bytes > maxLineBytes)
    return { ok: false, where: at, error: `line ${tooLargeError(bytes, maxLineBytes).message}` };
  try {
    return fromJsonObject(JSON.parse(line), at);
  } catch (error) {
    return { ok: false, where: at, error: `invalid JSON: ${(error as Error).message}` };
  }
}

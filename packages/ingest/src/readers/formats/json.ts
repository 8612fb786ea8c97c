import { NewsgraphError } from '@newsgraph/schema';
import type { ReadResult } from '../read-result';
import { readJsonLine } from '../json-line';
import { fromJsonObject } from './json-article';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new NewsgraphError('BAD_INPUT', `invalid JSON: ${(error as Error).message}`, { cause: error });
  }
}

/** Reads a JSON object or an array of them; array items are located as `where[i]`. */
export function readJson(text: string, where: string): ReadResult[] {
  const parsed = parseJson(text);
  if (Array.isArray(parsed)) {
    if (parsed.length === 0) return [{ ok: false, where, error: 'JSON array has no articles' }];
    return parsed.map((item, i) => fromJsonObject(item, parsed.length > 1 ? `${where}[${i}]` : where));
  }
  return [fromJsonObject(parsed, where)];
}

/** Reads JSON Lines, one article per non-blank line, each bad line reported with its line number. */
export function readJsonLines(text: string, where: string): ReadResult[] {
  const results: ReadResult[] = [];
  text.split('\n').forEach((line, i) => {
    const result = readJsonLine(line, `${where}:${i + 1}`);
    if (result) results.push(result);
  });
  return results.length > 0 ? results : [{ ok: false, where, error: 'article text is empty' }];
}

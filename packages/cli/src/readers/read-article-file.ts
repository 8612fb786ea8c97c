import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseArticleHeader } from '@newsgraph/extractor';
import { ArticleInputSchema, NewsgraphError, type ArticleInput } from '@newsgraph/schema';
import { z } from 'zod';

/** Larger files are refused rather than read into memory: no news article is this long. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const JsonArticleSchema = z
  .object({
    text: z.string().optional(),
    body: z.string().optional(),
    content: z.string().optional(),
    title: z.string().optional(),
    url: z.string().optional(),
    publishedAt: z.string().optional(),
    date: z.string().optional(),
    author: z.string().optional(),
    source: z.string().optional(),
    publisher: z.string().optional(),
  })
  .transform((raw) => ({
    text: raw.text ?? raw.body ?? raw.content ?? '',
    title: raw.title,
    url: raw.url,
    publishedAt: raw.publishedAt ?? raw.date,
    author: raw.author,
    source: raw.source,
    publisher: raw.publisher,
  }));

/** One article read from a file, or the reason it could not be; `where` says which file and line. */
export type ReadResult = { ok: true; where: string; article: ArticleInput } | { ok: false; where: string; error: string };

/** Reads a file into articles by its extension: .txt/.md (with header lines), .json, .jsonl, and .gz of these. */
export function readArticleFile(path: string): ReadResult[] {
  let name = basename(path);
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) return [{ ok: false, where: path, error: `file is ${size} bytes; the limit is ${MAX_FILE_BYTES}` }];
    let bytes = readFileSync(path);
    if (extname(name) === '.gz') {
      bytes = gunzipSync(bytes);
      name = name.slice(0, -3);
    }
    const text = decodeUtf8(bytes, path);
    switch (extname(name).toLowerCase()) {
      case '.jsonl':
      case '.ndjson':
        return readJsonLines(text, path);
      case '.json':
        return readJson(text, path);
      case '.txt':
      case '.md':
      case '':
        return [fromPlainText(text, path)];
      default:
        return [{ ok: false, where: path, error: `unsupported file type "${extname(name)}"` }];
    }
  } catch (error) {
    return [{ ok: false, where: path, error: error instanceof Error ? error.message : String(error) }];
  }
}

function decodeUtf8(bytes: Buffer, path: string): string {
  if (bytes.includes(0)) throw new NewsgraphError('UNSUPPORTED_FORMAT', `${path} looks binary (it contains NUL bytes)`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new NewsgraphError('BAD_INPUT', `${path} is not valid UTF-8`, { cause: error });
  }
}

function fromPlainText(raw: string, where: string): ReadResult {
  const { text, ...meta } = parseArticleHeader(raw);
  return validated({ text, ...meta, source: meta.publisher }, where);
}

function readJson(text: string, path: string): ReadResult[] {
  const parsed: unknown = JSON.parse(text);
  const items = Array.isArray(parsed) ? parsed : [parsed];
  return items.map((item, i) => fromJson(item, items.length > 1 ? `${path}[${i}]` : path));
}

function readJsonLines(text: string, path: string): ReadResult[] {
  const results: ReadResult[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${path}:${i + 1}`;
    try {
      results.push(fromJson(JSON.parse(line), where));
    } catch (error) {
      results.push({ ok: false, where, error: `invalid JSON: ${(error as Error).message}` });
    }
  });
  return results;
}

function fromJson(item: unknown, where: string): ReadResult {
  const parsed = JsonArticleSchema.safeParse(item);
  if (!parsed.success) return { ok: false, where, error: parsed.error.issues[0]?.message ?? 'not an article object' };
  return validated(parsed.data, where);
}

function validated(candidate: Record<string, string | undefined>, where: string): ReadResult {
  if (!candidate['text']?.trim()) return { ok: false, where, error: 'article text is empty' };
  const clean = Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ArticleInputSchema.safeParse(clean);
  if (!parsed.success) return { ok: false, where, error: parsed.error.issues[0]?.message ?? 'invalid article' };
  return { ok: true, where, article: parsed.data };
}

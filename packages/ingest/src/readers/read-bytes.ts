import { gunzipSync } from 'node:zlib';
import { NewsgraphError } from '@newsgraph/schema';
import { decodeText } from './decode-text';
import { readFeed } from './formats/feed';
import { readHtml } from './formats/html';
import { readJson, readJsonLines } from './formats/json';
import { readMarkdown } from './formats/markdown';
import { readPdf } from './formats/pdf';
import { readPlainText } from './formats/plain-text';
import { failedResult, type ReadResult } from './read-result';
import { MAX_FILE_BYTES, tooLargeError } from './size-limit';
import { chooseFormat, isGzip, type Format } from './sniff-format';

/** What is known about some bytes besides their content: a file or URL name (for its extension) and a Content-Type. */
export interface ByteSource {
  where: string;
  name: string;
  contentType?: string | undefined;
  maxBytes?: number | undefined;
}

const TEXT_READERS: Record<Exclude<Format, 'pdf'>, (text: string, where: string) => ReadResult[]> = {
  text: readPlainText,
  markdown: readMarkdown,
  html: readHtml,
  json: readJson,
  jsonl: readJsonLines,
  feed: readFeed,
};

function gunzip(bytes: Uint8Array, limit: number): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: limit + 1 });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw tooLargeError(limit + 1, limit, 'decompresses to more than');
    throw new NewsgraphError('BAD_INPUT', `is not valid gzip: ${(error as Error).message}`, { cause: error });
  }
}

function readOrThrow(input: Uint8Array, source: ByteSource): ReadResult[] {
  const limit = source.maxBytes ?? MAX_FILE_BYTES;
  if (input.length > limit) throw tooLargeError(input.length, limit);
  let bytes = input;
  let name = source.name;
  if (isGzip(bytes) || /\.gz$/i.test(name)) {
    bytes = gunzip(bytes, limit);
    name = name.replace(/\.gz$/i, '');
    if (bytes.length > limit) throw tooLargeError(bytes.length, limit, 'decompresses to');
  }
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-') return readPdf(bytes, source.where);
  const text = decodeText(bytes, source.contentType);
  const format = chooseFormat(text, name, source.contentType);
  if (format === 'pdf') throw new NewsgraphError('BAD_INPUT', 'is named as a PDF but is not one (no %PDF- header)');
  return TEXT_READERS[format](text, source.where);
}

/** Reads articles from bytes of any supported format (gzip, PDF, or text in its declared charset, sniffed into a format); never throws. */
export function readBytes(bytes: Uint8Array, source: ByteSource): ReadResult[] {
  try {
    return readOrThrow(bytes, source);
  } catch (error) {
    return [failedResult(source.where, error)];
  }
}

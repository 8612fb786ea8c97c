import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/**
 * A file's bytes as a stream, gunzipped when its name ends in `.gz`; the file's read errors are forwarded to the
 * returned stream, because readline and for-await do not see errors of a piped source.
 */
export function openFileStream(path: string): Readable {
  const file = createReadStream(path);
  if (!path.toLowerCase().endsWith('.gz')) return file;
  const gunzip = createGunzip();
  file.once('error', (error) => gunzip.destroy(error));
  return file.pipe(gunzip);
}

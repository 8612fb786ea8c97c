import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFile } from '../src/readers/read-article-file';

/** The per-format fixtures, and their expected reader output beside them. */
export const FORMATS_DIR = join(__dirname, 'fixtures', 'formats');

/** Reads a fixture, with `where` relative to the fixtures folder so expectations do not depend on the checkout. */
export const readFixture = (name: string) =>
  readArticleFile(join(FORMATS_DIR, name)).map((r) => ({ ...r, where: r.where.slice(FORMATS_DIR.length + 1) }));

/** The expected output of reading a fixture, as JSON. */
export const expectedFor = (name: string): unknown =>
  JSON.parse(readFileSync(join(FORMATS_DIR, '..', 'formats-expected', `${name}.json`), 'utf8'));

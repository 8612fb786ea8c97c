import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ARTICLE_EXTENSIONS = /\.(txt|md|json|jsonl|ndjson)(\.gz)?$/i;

/** Expands files and directories (recursively, sorted, only article extensions) into a list of files. */
export function collectFiles(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const visit = (path: string, explicit: boolean): void => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      missing.push(path);
      return;
    }
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (!entry.startsWith('.')) visit(join(path, entry), false);
    } else if (explicit || ARTICLE_EXTENSIONS.test(path)) {
      files.push(path);
    }
  };
  for (const path of paths) visit(path, true);
  return { files, missing };
}

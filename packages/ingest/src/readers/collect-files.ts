import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_EXTENSIONS } from './sniff-format';

const WALKED = new RegExp(`(${ARTICLE_EXTENSIONS.map((e) => e.replace('.', '\\.')).join('|')})(\\.gz)?$`, 'i');

/** Expands files and directories (recursively, sorted, only article extensions) into a list of files; named files are always kept. */
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
    } else if (explicit || WALKED.test(path)) {
      files.push(path);
    }
  };
  for (const path of paths) visit(path, true);
  return { files, missing };
}

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { NewsgraphError } from '@newsgraph/schema';
import type { Logger } from 'pino';
import { VIEWER_DIST } from './serve-app';

const VIEWER_ROOT = dirname(VIEWER_DIST);

function newestMtime(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

/** Builds the viewer bundle when it is missing or older than its sources (or the schema it parses with). */
export function ensureViewerBuilt(logger: Logger): void {
  const builtAt = existsSync(join(VIEWER_DIST, 'index.html')) ? statSync(join(VIEWER_DIST, 'index.html')).mtimeMs : 0;
  const sources = [join(VIEWER_ROOT, 'src'), join(VIEWER_ROOT, 'index.html'), join(VIEWER_ROOT, '..', 'schema', 'src')];
  const sourcesAt = Math.max(...sources.filter(existsSync).map(newestMtime));
  if (builtAt >= sourcesAt) return;
  logger.info('building the viewer…');
  try {
    // vite's exports map hides bin/, but its package.json is exported and the bin sits beside it.
    const vite = join(dirname(require.resolve('vite/package.json', { paths: [VIEWER_ROOT] })), 'bin', 'vite.js');
    execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: VIEWER_ROOT,
      stdio: ['ignore', 2, 2],
    });
  } catch (error) {
    throw new NewsgraphError('INTERNAL', `could not build the viewer: ${(error as Error).message}`, { cause: error });
  }
}

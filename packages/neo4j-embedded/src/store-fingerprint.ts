import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * A hash of every file under the embedded Neo4j's `data/` (path, size, modification time to the nanosecond), or
 * undefined when there is none: any transaction, checkpoint or start of Neo4j on these files changes it, so a list
 * taken from the graph with this fingerprint still describes the graph while it is unchanged. Read only while no
 * Neo4j runs on these files.
 */
export function storeFingerprint(dataDir: string): string | undefined {
  const root = join(dataDir, 'data');
  if (!existsSync(root)) return undefined;
  const lines: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const stat = statSync(path, { bigint: true });
        lines.push(`${relative(root, path)}\t${stat.size}\t${stat.mtimeNs}`);
      }
    }
  };
  walk(root);
  return createHash('sha256').update(lines.sort().join('\n')).digest('hex');
}

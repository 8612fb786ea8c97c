import { statSync } from 'node:fs';
import { collectFiles } from './readers/collect-files';
import { openFileStream } from './readers/open-file-stream';
import { isUrl } from './readers/read-source';
import { isJsonLinesFile } from './readers/stream-json-lines';

/** How many articles the sources probably hold, for progress: lines of JSON Lines files, one per other file. */
export async function estimateArticles(sources: string[]): Promise<number> {
  let total = 0;
  for (const source of sources) {
    if (source === '-' || isUrl(source)) {
      total += 1;
      continue;
    }
    const isDirectory = (() => {
      try {
        return statSync(source).isDirectory();
      } catch {
        return false;
      }
    })();
    const files = isDirectory ? collectFiles([source]).files : [source];
    for (const file of files) total += isJsonLinesFile(file) ? await countLines(file) : 1;
  }
  return total;
}

async function countLines(path: string): Promise<number> {
  let lines = 0;
  try {
    for await (const chunk of openFileStream(path) as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
    }
  } catch {
    // The reader will report the file; for the estimate it counts as one.
  }
  return Math.max(lines, 1);
}

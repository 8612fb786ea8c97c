// What the dev-set scripts share: where the repository and the measuring material are, option parsing, the input
// and output records of `extract --jsonl`, and how a script starts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { ExtractionErrorLineSchema, ExtractionResultSchema, type ExtractionResult } from '@newsgraph/schema';

export const root = resolve(__dirname, '..', '..');
// The measuring material sits beside the repository; override with NEWSGRAPH_SHARED.
export const shared = process.env.NEWSGRAPH_SHARED ?? resolve(root, '..', 'shared');

/** Removes `name value` from args and returns the value. */
export function takeOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
}

/** Removes a bare `name` from args and says whether it was there. */
export function takeSwitch(args: string[], name: string): boolean {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
}

/** A document as `extract --jsonl` reads it. */
export interface InputDoc {
  id: string;
  text: string;
}

/** The JSON Lines input of `extract --jsonl` for the documents. */
export const toJsonl = (docs: readonly InputDoc[]): string =>
  docs.map((d) => JSON.stringify({ id: d.id, text: d.text }) + '\n').join('');

const OutputLineSchema = z.union([ExtractionResultSchema, ExtractionErrorLineSchema]);

/** Output records of a JSON Lines file, by document id; a document the extractor refused counts as one with nothing found. */
export function recordsById(path: string): Map<string, ExtractionResult> {
  const byId = new Map<string, ExtractionResult>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = OutputLineSchema.parse(JSON.parse(line));
    if ('error' in r) {
      if (r.id !== null) byId.set(r.id, { id: r.id, entities: [], relations: [], quotes: [] });
    } else byId.set(r.id, r);
  }
  return byId;
}

/** Runs `main` with the command line's arguments when the file is the script started, reporting a failure once. */
export function runMain(module: NodeJS.Module, main: (args: string[]) => Promise<void> | void): void {
  if (require.main !== module) return;
  Promise.resolve()
    .then(() => main(process.argv.slice(2)))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = process.exitCode || 1;
    });
}

// What the dev-set scripts share: where the repository and the measuring material are, option parsing, and one
// `extract --jsonl` run over a list of {id, text} documents.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The measuring material sits beside the repository; override with NEWSGRAPH_SHARED.
export const shared = process.env.NEWSGRAPH_SHARED ?? resolve(root, '..', 'shared');

/** Imports a module of ../shared/eval by file name ("ner_data.mjs"). */
export const importEval = (name) => import(pathToFileURL(resolve(shared, 'eval', name)).href);

/** Removes `name value` from args and returns the value. */
export function takeOption(args, name) {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
}

/** Removes a bare `name` from args and says whether it was there. */
export function takeSwitch(args, name) {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
}

/**
 * The project's `extract --jsonl` output (as bytes) for documents of {id, text}; with BENCH_WRAP=N the texts are first
 * hard-wrapped at N columns by ../shared/eval/wrap.mjs (same length, so gold offsets still hold).
 */
export function runExtract(docs) {
  let input = docs.map((d) => JSON.stringify({ id: d.id, text: d.text })).join('\n') + '\n';
  const wrap = process.env.BENCH_WRAP;
  if (wrap)
    input = execFileSync('node', [resolve(shared, 'eval', 'wrap.mjs'), wrap], { input, maxBuffer: 1 << 30 }).toString();
  return execFileSync('pnpm', ['run', '-s', 'newsgraph', 'extract', '--jsonl'], {
    cwd: root,
    input,
    maxBuffer: 1 << 30,
  });
}

/** Output records of a JSON Lines file, by document id. */
export function recordsById(path) {
  const byId = new Map();
  for (const line of readFileSync(path, 'utf8').split('\n'))
    if (line.trim()) {
      const r = JSON.parse(line);
      byId.set(r.id, r);
    }
  return byId;
}

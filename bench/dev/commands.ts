// The commands the dev benchmarks are made of, run from the repository root with files as stdin and stdout, as a
// shell's `command < in > out` would, so each benchmark measures the same whole commands its shell script did.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NewsgraphError } from '@newsgraph/schema';
import { root, shared, toJsonl, type InputDoc } from './support';

/** Files for a command's stdin and stdout (inherited when absent) and extra environment variables. */
export interface Io {
  stdin?: string;
  stdout?: string;
  env?: Record<string, string>;
}

/** Runs a command and returns its exit status; a command that cannot start or dies of a signal is an error. */
export function run(command: string, args: readonly string[], io: Io = {}): number {
  const fds: number[] = [];
  const open = (path: string | undefined, flags: 'r' | 'w'): number | 'inherit' => {
    if (path === undefined) return 'inherit';
    const fd = openSync(path, flags);
    fds.push(fd);
    return fd;
  };
  try {
    const result = spawnSync(command, args, {
      cwd: root,
      stdio: [open(io.stdin, 'r'), open(io.stdout, 'w'), 'inherit'],
      env: { ...process.env, ...io.env },
    });
    if (result.error)
      throw new NewsgraphError('INTERNAL', `${command}: ${result.error.message}`, { cause: result.error });
    if (result.status === null) throw new NewsgraphError('INTERNAL', `${command} ${args.join(' ')}: ${result.signal}`);
    return result.status;
  } finally {
    for (const fd of fds) closeSync(fd);
  }
}

/** Runs a command that must succeed (as under `set -e`): a non-zero exit ends the benchmark. */
export function must(command: string, args: readonly string[], io: Io = {}): void {
  const status = run(command, args, io);
  if (status !== 0) throw new NewsgraphError('INTERNAL', `${command} ${args.join(' ')} exited with ${status}`);
}

/** `pnpm run -s newsgraph extract --jsonl < input > output`: the whole command, start-up included. */
export const extractJsonl = (input: string, output: string): void =>
  must('pnpm', ['run', '-s', 'newsgraph', 'extract', '--jsonl'], { stdin: input, stdout: output });

/** The node command line of a script of ../shared/eval. */
export const evalScript = (name: string, ...args: string[]): string[] => [resolve(shared, 'eval', name), ...args];

/**
 * Extracts documents of {id, text} into `output` with the whole command; with `wrap` the texts are first hard-wrapped
 * at that many columns by ../shared/eval/wrap.mjs (same length, so gold offsets still hold).
 */
export function extractDocs(docs: readonly InputDoc[], output: string, wrap?: string): void {
  const input = `${output}.in`;
  const wrapped = `${output}.wrapped`;
  writeFileSync(input, toJsonl(docs));
  try {
    if (wrap) must('node', evalScript('wrap.mjs', wrap), { stdin: input, stdout: wrapped });
    extractJsonl(wrap ? wrapped : input, output);
  } finally {
    rmSync(input, { force: true });
    rmSync(wrapped, { force: true });
  }
}

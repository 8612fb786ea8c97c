import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { loadPrepareContext, type PrepareContext } from '@newsgraph/ingest';
import { NewsgraphError, toNewsgraphError, type Overrides } from '@newsgraph/schema';
import writeFileAtomic from 'write-file-atomic';

/**
 * The extraction context as the overrides file says now; a broken file is the server's configuration fault
 * (INTERNAL), and its path and contents are not shown to callers.
 */
export function currentContext(path: string, required: boolean): PrepareContext {
  try {
    return loadPrepareContext(path, required);
  } catch (error) {
    throw new NewsgraphError('INTERNAL', `the overrides file cannot be used: ${toNewsgraphError(error).message}`, {
      cause: error,
    });
  }
}

/** The analyst overrides as the next ingest will apply them; no file means none. */
export function readOverrides(path: string): Overrides {
  return currentContext(path, false).overrides;
}

/**
 * Replaces the overrides file whole: written to a temporary file, flushed and renamed over the old one, so a reader
 * (or a crash) never meets half a file.
 */
export async function writeOverrides(path: string, overrides: Overrides): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, `${JSON.stringify(overrides, null, 2)}\n`, { fsync: true });
}

const queues = new Map<string, Promise<unknown>>();

/**
 * Runs read-change-write work on one overrides file one at a time, so two corrections made at once both land
 * (a whole-file replace in between would otherwise drop one of them).
 */
export function oneAtATime<T>(path: string, work: () => Promise<T>): Promise<T> {
  const before = queues.get(path) ?? Promise.resolve();
  const run = before.then(work, work);
  const settled = run.catch(() => undefined);
  queues.set(path, settled);
  void settled.then(() => {
    if (queues.get(path) === settled) queues.delete(path);
  });
  return run;
}

import { createInterface } from 'node:readline';
import { extract } from '@newsgraph/extractor';
import { ExtractInputSchema, toNewsgraphError, type ExtractionErrorLine } from '@newsgraph/schema';
import { defaultWorkerCount, ExtractPool } from './extract-pool';

/** Options of `extractJsonl`: how many worker threads extract (1: all on this thread). */
export interface ExtractJsonlOptions {
  workers?: number;
}

/**
 * The extraction contract: one output line per input line, same order, same id;
 * a bad line gets an error line and the run goes on.
 */
export async function extractJsonl(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, options: ExtractJsonlOptions = {}): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  const write = async (out: string): Promise<void> => {
    if (!output.write(`${out}\n`)) await new Promise((resolve) => output.once('drain', resolve));
  };
  const workers = options.workers ?? defaultWorkerCount();
  if (workers <= 1) {
    for await (const line of lines) await write(JSON.stringify(extractLine(line)));
    return;
  }
  const pool = new ExtractPool(workers, write);
  try {
    for await (const line of lines) await pool.submit(line);
  } finally {
    await pool.finish();
  }
}

/** Extracts one input line, or explains why it cannot. */
export function extractLine(line: string): unknown {
  if (!line.trim()) {
    const failure: ExtractionErrorLine = { id: null, error: 'empty line' };
    return failure;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    const failure: ExtractionErrorLine = { id: null, error: `unreadable JSON: ${(error as Error).message}` };
    return failure;
  }
  const id = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : null;
  const parsed = ExtractInputSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const failure: ExtractionErrorLine = { id, error: `${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'invalid'}` };
    return failure;
  }
  try {
    const { id: docId, text, title } = parsed.data;
    return extract({ id: docId, text, ...(title ? { title } : {}) });
  } catch (error) {
    const failure: ExtractionErrorLine = { id, error: `extraction failed: ${toNewsgraphError(error).message}` };
    return failure;
  }
}

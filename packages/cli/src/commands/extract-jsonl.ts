import { createInterface } from 'node:readline';
import { extract } from '@newsgraph/extractor';
import { ExtractInputSchema, toNewsgraphError, type ExtractionErrorLine } from '@newsgraph/schema';

/**
 * The extraction contract: one output line per input line, same order, same id;
 * a bad line gets an error line and the run goes on.
 */
export async function extractJsonl(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    const written = output.write(`${JSON.stringify(extractLine(line))}\n`);
    if (!written) await new Promise((resolve) => output.once('drain', resolve));
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

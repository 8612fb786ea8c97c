import { extract } from '@newsgraph/extractor';
import { ExtractInputSchema, toNewsgraphError, type ExtractionErrorLine } from '@newsgraph/schema';

/** Options of one contract line's extraction: `calibrate: false` gives the rules' raw confidences (for fitting). */
export interface ExtractLineOptions {
  calibrate?: boolean;
}

/** Extracts one input line of the extraction contract, or explains why it cannot. */
export function extractLine(line: string, options: ExtractLineOptions = {}): unknown {
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
  const id =
    typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string'
      ? (raw as { id: string }).id
      : null;
  const parsed = ExtractInputSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const failure: ExtractionErrorLine = {
      id,
      error: `${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'invalid'}`,
    };
    return failure;
  }
  try {
    const { id: docId, text, title, url } = parsed.data;
    return extract(
      { id: docId, text, ...(title ? { title } : {}), ...(url ? { url } : {}) },
      { calibrate: options.calibrate ?? true },
    );
  } catch (error) {
    const failure: ExtractionErrorLine = { id, error: `extraction failed: ${toNewsgraphError(error).message}` };
    return failure;
  }
}

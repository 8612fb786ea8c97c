import { createInterface } from 'node:readline';
import { createExtractionPool } from './extraction/extraction-pool';
import { inOrder } from './extraction/in-order';

/** Options of `extractJsonl`: extraction threads (0, the default, extracts on this thread) and calibration. */
export interface ExtractJsonlOptions {
  workers?: number;
  /** False keeps the rules' raw confidences, which fitting a calibration needs. */
  calibrate?: boolean;
}

/**
 * The extraction contract: one output line per input line, same order, same id;
 * a bad line gets an error line and the run goes on.
 */
export async function extractJsonl(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  options: ExtractJsonlOptions = {},
): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  const write = async (out: string): Promise<void> => {
    if (!output.write(`${out}\n`)) await new Promise((resolve) => output.once('drain', resolve));
  };
  const pool = createExtractionPool({ workers: options.workers ?? 0, calibrate: options.calibrate });
  try {
    for await (const out of inOrder(lines, (line) => pool.extractLine(line), pool.window)) await write(out);
  } finally {
    await pool.close();
  }
}

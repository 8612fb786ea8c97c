import { extractLine } from './extract-jsonl';

/** Runs in a worker thread: one input line in, its serialised output line out. */
export default function extractLineInWorker(line: string): string {
  return JSON.stringify(extractLine(line));
}

// Worker-thread entry of the extract pool: answers {seq, line} with {seq, out}, `out` the serialised result line.
import { parentPort } from 'node:worker_threads';
import { extractLine } from './extract-jsonl';

parentPort?.on('message', (msg: { seq: number; line: string }) => {
  parentPort?.postMessage({ seq: msg.seq, out: JSON.stringify(extractLine(msg.line)) });
});

// Reads `{id,text}` JSON lines on stdin, writes extraction records on stdout, and the speed on stderr.
import { createInterface } from 'node:readline';
import { extract } from '../src/index';

async function main(): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let chars = 0;
  let ms = 0;
  for await (const line of rl) {
    if (!line.trim()) continue;
    const { id, text } = JSON.parse(line) as { id: string; text: string };
    const t0 = performance.now();
    const rec = extract({ id, text });
    ms += performance.now() - t0;
    chars += text.length;
    process.stdout.write(`${JSON.stringify(rec)}\n`);
  }
  process.stderr.write(`${chars} chars in ${ms.toFixed(0)} ms: ${Math.round(chars / (ms / 1000))} chars/s\n`);
}

void main();

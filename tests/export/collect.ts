import { PassThrough } from 'node:stream';

/** Runs a streaming writer into memory and returns what it wrote, for parsing in a test. */
export async function collect(write: (out: PassThrough) => Promise<void>): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await write(out);
  return Buffer.concat(chunks).toString('utf8');
}

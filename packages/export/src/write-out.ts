import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes a chunk and waits while the stream's buffer is full, so a huge export never piles up in memory. */
export async function writeOut(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** Ends the stream and waits until everything written has been flushed. */
export async function endOut(out: Writable): Promise<void> {
  out.end();
  if (!out.writableFinished) await once(out, 'finish');
}

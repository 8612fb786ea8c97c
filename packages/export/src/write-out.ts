import { NewsgraphError } from '@newsgraph/schema';
import type { Writable } from 'node:stream';

/**
 * Writes a chunk and waits while the stream's buffer is full, so a huge export never piles up in memory; fails once
 * the stream is closed (a client that went away), so the writer stops reading and its database session is released
 * instead of waiting forever for a 'drain' that never comes.
 */
export async function writeOut(out: Writable, chunk: string): Promise<void> {
  if (out.destroyed) throw closedEarly();
  if (!out.write(chunk)) await settled(out, 'drain');
}

/** Ends the stream and waits until everything written has been flushed (or the stream closed first). */
export async function endOut(out: Writable): Promise<void> {
  if (out.destroyed) throw closedEarly();
  out.end();
  if (!out.writableFinished) await settled(out, 'finish');
}

/** Waits for `event`, failing if the stream errs or closes before it. */
function settled(out: Writable, event: 'drain' | 'finish'): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = (): void => {
      out.off(event, onEvent);
      out.off('close', onClose);
      out.off('error', onError);
    };
    const onEvent = (): void => {
      stop();
      resolve();
    };
    const onClose = (): void => {
      stop();
      reject(closedEarly());
    };
    const onError = (error: Error): void => {
      stop();
      reject(error);
    };
    out.once(event, onEvent);
    out.once('close', onClose);
    out.once('error', onError);
  });
}

/** The export's reader (a client over HTTP) closed the stream before the end. */
function closedEarly(): NewsgraphError {
  return new NewsgraphError('INTERNAL', 'the export stream closed before the export was written');
}

import { NewsgraphError } from '@newsgraph/schema';
import type { Response } from 'express';
import type { z } from 'zod';

/** A body checked and serialised once: its bytes and the ETag Express would compute for them. */
interface Sent {
  schema: z.ZodType;
  bytes: Buffer;
  etag: string | undefined;
}

/**
 * Answers already checked and serialised, by the object the route handed over: the store's read cache hands the same
 * object to every request for the same read, and checking a 300 kB neighbourhood again cost tens of milliseconds.
 * The bytes and ETag are kept too: Express would otherwise copy a string body into a new buffer and hash it on
 * every request (a hub's neighbourhood is about 1 MB).
 */
const checkedBodies = new WeakMap<object, Sent>();

type EtagFn = (body: Buffer, encoding?: BufferEncoding) => string | undefined;

/**
 * Sends a body only after its schema accepts it, so no response leaves in a shape clients do not expect; a
 * mismatch is the server's fault (INTERNAL), never the caller's. A body object seen before with the same schema
 * goes out as it was serialised then (answers are never changed after they are read).
 */
export function respond<S extends z.ZodType>(res: Response, schema: S, body: z.input<S>, status = 200): void {
  const key = typeof body === 'object' && body !== null ? (body as object) : undefined;
  const known = key ? checkedBodies.get(key) : undefined;
  if (known?.schema === schema) {
    send(res, status, known);
    return;
  }
  const checked = schema.safeParse(body);
  if (!checked.success) {
    throw new NewsgraphError('INTERNAL', 'a response did not match its schema', { cause: checked.error });
  }
  const bytes = Buffer.from(JSON.stringify(checked.data), 'utf8');
  const etagFn = res.app.get('etag fn') as EtagFn | undefined;
  const sent: Sent = { schema, bytes, etag: typeof etagFn === 'function' ? etagFn(bytes) : undefined };
  if (key) checkedBodies.set(key, sent);
  send(res, status, sent);
}

/** A buffer body with the ETag set goes out as it is: Express neither copies nor hashes it again. */
function send(res: Response, status: number, sent: Sent): void {
  res.status(status).type('json');
  if (sent.etag !== undefined) res.set('ETag', sent.etag);
  res.send(sent.bytes);
}

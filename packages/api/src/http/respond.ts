import { NewsgraphError } from '@newsgraph/schema';
import type { Response } from 'express';
import type { z } from 'zod';

/**
 * Answers already checked and serialised, by the object the route handed over: the store's read cache hands the same
 * object to every request for the same read, and checking a 300 kB neighbourhood again cost tens of milliseconds.
 */
const checkedBodies = new WeakMap<object, { schema: z.ZodType; json: string }>();

/**
 * Sends a body only after its schema accepts it, so no response leaves in a shape clients do not expect; a
 * mismatch is the server's fault (INTERNAL), never the caller's. A body object seen before with the same schema
 * goes out as it was serialised then (answers are never changed after they are read).
 */
export function respond<S extends z.ZodType>(res: Response, schema: S, body: z.input<S>, status = 200): void {
  const key = typeof body === 'object' && body !== null ? (body as object) : undefined;
  const known = key ? checkedBodies.get(key) : undefined;
  if (known?.schema === schema) {
    res.status(status).type('json').send(known.json);
    return;
  }
  const checked = schema.safeParse(body);
  if (!checked.success) {
    throw new NewsgraphError('INTERNAL', 'a response did not match its schema', { cause: checked.error });
  }
  const json = JSON.stringify(checked.data);
  if (key) checkedBodies.set(key, { schema, json });
  res.status(status).type('json').send(json);
}

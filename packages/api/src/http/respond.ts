import { NewsgraphError } from '@newsgraph/schema';
import type { Response } from 'express';
import type { z } from 'zod';

/**
 * Sends a body only after its schema accepts it, so no response leaves in a shape clients do not expect; a
 * mismatch is the server's fault (INTERNAL), never the caller's.
 */
export function respond<S extends z.ZodType>(res: Response, schema: S, body: z.input<S>, status = 200): void {
  const checked = schema.safeParse(body);
  if (!checked.success) {
    throw new NewsgraphError('INTERNAL', 'a response did not match its schema', { cause: checked.error });
  }
  res.status(status).json(checked.data);
}

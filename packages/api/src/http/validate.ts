import type { RequestHandler } from 'express';
import type { z } from 'zod';

export type Where = 'query' | 'body' | 'params';

/** The parsed input a `validate` step leaves for the handlers after it, under `res.locals[where]`. */
export type Valid<W extends Where, S extends z.ZodType> = Record<W, z.output<S>>;

/**
 * Parses a request's query, body or path parameters with a zod schema before any handler sees them; a
 * mismatch goes to the error handler as a ZodError, which becomes BAD_INPUT.
 */
export function validate<S extends z.ZodType, W extends Where>(
  schema: S,
  where: W,
): RequestHandler<Record<string, string>, unknown, unknown, unknown, Valid<W, S>> {
  return (req, res, next) => {
    // Express 5's req.query is a getter, so the parsed value lives in res.locals rather than replacing it.
    Object.assign(res.locals, { [where]: schema.parse(req[where]) });
    next();
  };
}

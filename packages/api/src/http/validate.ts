import type { RequestHandler } from 'express';
import type { z } from 'zod';

export type Where = 'query' | 'body' | 'params';

/** The parsed inputs a validating step leaves for the handlers after it, under `res.locals[where]`. */
export type Valid<T extends Partial<Record<Where, z.ZodType>>> = {
  [K in keyof T]: T[K] extends z.ZodType ? z.output<T[K]> : never;
};

type Handler<T extends Partial<Record<Where, z.ZodType>>> = RequestHandler<
  Record<string, string>,
  unknown,
  unknown,
  unknown,
  Valid<T>
>;

/**
 * Parses several parts of a request (path parameters, query, body) with their zod schemas before any handler
 * sees them; a mismatch goes to the error handler as a ZodError, which becomes BAD_INPUT.
 */
export function validateAll<T extends Partial<Record<Where, z.ZodType>>>(schemas: T): Handler<T> {
  return (req, res, next) => {
    // Express 5's req.query is a getter, so the parsed values live in res.locals rather than replacing it.
    for (const where of ['params', 'query', 'body'] as const) {
      const schema = schemas[where];
      if (schema) Object.assign(res.locals, { [where]: schema.parse(req[where]) });
    }
    next();
  };
}

/** Parses one part of a request (`validate(schema, 'query')`); see validateAll. */
export function validate<S extends z.ZodType, W extends Where>(schema: S, where: W): Handler<Record<W, S>> {
  return validateAll({ [where]: schema } as Record<W, S>);
}

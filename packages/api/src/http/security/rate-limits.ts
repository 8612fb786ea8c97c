import { NewsgraphError } from '@newsgraph/schema';
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Logger } from 'pino';

/** Requests a client may make per minute: writes (ingest, overrides) and Cypher; 0 turns a limit off. */
export interface RateLimits {
  writesPerMinute: number;
  cypherPerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { writesPerMinute: 30, cypherPerMinute: 60 };

/** The limiters of one app: each keeps its own counts per client address, for a one-minute window. */
export interface Limiters {
  writes: RequestHandler;
  cypher: RequestHandler;
}

const pass: RequestHandler = (_req, _res, next) => next();

/** Limiters that let everything through. */
export const NO_LIMITS: Limiters = { writes: pass, cypher: pass };

/**
 * Limiters that answer an exhausted client with RATE_LIMITED (429) in the one error format, with Retry-After
 * saying when its window resets; the counts live in this process's memory.
 */
export function createLimiters(limits: RateLimits, logger: Logger): Limiters {
  return {
    writes: limiter(limits.writesPerMinute, 'writes', logger),
    cypher: limiter(limits.cypherPerMinute, 'Cypher queries', logger),
  };
}

function limiter(perMinute: number, what: string, logger: Logger): RequestHandler {
  if (perMinute === 0) return pass;
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    // draft-8 RateLimit headers tell a well-behaved client its budget; Retry-After comes with every refusal.
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => {
      next(
        new NewsgraphError('RATE_LIMITED', `more than ${perMinute} ${what} a minute; retry after Retry-After seconds`),
      );
    },
    logger: {
      error: (error, message) => logger.error({ err: error }, message ?? 'rate limiter failed'),
      warn: (error, message) => logger.warn({ err: error }, message ?? 'rate limiter warning'),
    },
  });
}

/** Counts the requests that run a caller's Cypher: `/api/cypher`, and exports of a query's result. */
export function limitCypher(limiter: RequestHandler): RequestHandler {
  return (req, res, next) => {
    const body: unknown = req.body;
    const exportsQuery =
      req.method === 'POST' &&
      req.path === '/api/export' &&
      typeof body === 'object' &&
      body !== null &&
      'cypher' in body;
    if (req.path === '/api/cypher' || exportsQuery) {
      void limiter(req, res, next);
      return;
    }
    next();
  };
}

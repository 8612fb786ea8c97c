import cors from 'cors';
import type { RequestHandler } from 'express';

/**
 * Cross-origin access only for the origins configured (NEWSGRAPH_CORS_ORIGINS); with none, no CORS headers are
 * sent and browsers keep other sites' pages out, as the same-origin viewer needs nothing more.
 */
export function corsFor(origins: readonly string[] | undefined): RequestHandler | undefined {
  if (!origins || origins.length === 0) return undefined;
  return cors({
    origin: origins.includes('*') ? '*' : [...origins],
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'OPTIONS'],
    allowedHeaders: ['Authorization', 'Content-Type', 'X-Request-Id'],
    exposedHeaders: ['X-Request-Id', 'Retry-After', 'RateLimit', 'RateLimit-Policy'],
    maxAge: 600,
  });
}

import type { ErrorCode } from '@newsgraph/schema';

/** The one table from error codes to HTTP statuses. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_INPUT: 400,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_FORMAT: 415,
  READ_ONLY_VIOLATION: 403,
  // The query itself asked too much; sending it again would time out again.
  QUERY_TIMEOUT: 422,
  UNAUTHORIZED: 401,
  RATE_LIMITED: 429,
  // Well-formed, but longer than any article the server is configured to extract.
  ARTICLE_TOO_LONG: 422,
  NEO4J_UNAVAILABLE: 503,
  NEO4J_START_FAILED: 503,
  NEO4J_QUERY_FAILED: 500,
  INTERNAL: 500,
};

/** Seconds a client should wait before retrying when the graph database is down. */
export const RETRY_AFTER_SECONDS = 5;

// Server-side failures leave with a fixed sentence: the logged message may name hosts, queries or driver internals.
export const PUBLIC_MESSAGE: Partial<Record<ErrorCode, string>> = {
  NEO4J_UNAVAILABLE: 'Neo4j is unreachable; retry shortly',
  NEO4J_START_FAILED: 'Neo4j could not be started',
  NEO4J_QUERY_FAILED: 'the graph query failed',
  INTERNAL: 'internal error',
};

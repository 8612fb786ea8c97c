import type { ErrorCode } from '@newsgraph/schema';

/** The one table from error codes to HTTP statuses. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_INPUT: 400,
  NOT_FOUND: 404,
  UNSUPPORTED_FORMAT: 415,
  READ_ONLY_VIOLATION: 403,
  // The query itself asked too much; sending it again would time out again.
  QUERY_TIMEOUT: 422,
  NEO4J_UNAVAILABLE: 503,
  NEO4J_START_FAILED: 503,
  NEO4J_QUERY_FAILED: 500,
  INTERNAL: 500,
};

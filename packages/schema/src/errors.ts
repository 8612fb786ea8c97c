/** Every failure newsgraph reports carries one of these codes; the API maps them to HTTP statuses. */
export const ERROR_CODES = [
  'BAD_INPUT',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'UNSUPPORTED_FORMAT',
  'PAYLOAD_TOO_LARGE',
  'NEO4J_UNAVAILABLE',
  'NEO4J_QUERY_FAILED',
  'NEO4J_START_FAILED',
  'READ_ONLY_VIOLATION',
  'QUERY_TIMEOUT',
  'UNAUTHORIZED',
  'RATE_LIMITED',
  'ARTICLE_TOO_LONG',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The one error type of newsgraph: a machine-readable code, a human message and the underlying cause. */
export class NewsgraphError extends Error {
  override readonly name = 'NewsgraphError';
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options.details;
  }
}

/** Turns anything thrown into a NewsgraphError, keeping the original as its cause. */
export function toNewsgraphError(thrown: unknown, fallback: ErrorCode = 'INTERNAL'): NewsgraphError {
  if (thrown instanceof NewsgraphError) return thrown;
  if (isZodError(thrown)) {
    return new NewsgraphError('BAD_INPUT', describeIssue(thrown), { cause: thrown });
  }
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return new NewsgraphError(fallback, message, { cause: thrown });
}

interface ZodLikeError {
  name: string;
  issues: { path: PropertyKey[]; message: string }[];
}

/**
 * A zod error's first issue as one line, "path: message"; `root` names an empty path (without it the message stands
 * alone), so every boundary reports bad input the same way.
 */
export function describeIssue(error: Pick<ZodLikeError, 'issues'>, root?: string): string {
  const issue = error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : root;
  const message = issue?.message ?? 'invalid input';
  return path === undefined ? message : `${path}: ${message}`;
}

function isZodError(value: unknown): value is ZodLikeError {
  return value instanceof Error && value.name === 'ZodError' && Array.isArray((value as Partial<ZodLikeError>).issues);
}

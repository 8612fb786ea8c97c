/** Every failure newsgraph reports carries one of these codes; the API maps them to HTTP statuses. */
export const ERROR_CODES = [
  'BAD_INPUT',
  'NOT_FOUND',
  'UNSUPPORTED_FORMAT',
  'PAYLOAD_TOO_LARGE',
  'NEO4J_UNAVAILABLE',
  'NEO4J_QUERY_FAILED',
  'NEO4J_START_FAILED',
  'READ_ONLY_VIOLATION',
  'QUERY_TIMEOUT',
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
    const issue = thrown.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return new NewsgraphError('BAD_INPUT', `${where}${issue?.message ?? 'invalid input'}`, { cause: thrown });
  }
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return new NewsgraphError(fallback, message, { cause: thrown });
}

interface ZodLikeError {
  name: string;
  issues: { path: PropertyKey[]; message: string }[];
}

function isZodError(value: unknown): value is ZodLikeError {
  return value instanceof Error && value.name === 'ZodError' && Array.isArray((value as Partial<ZodLikeError>).issues);
}

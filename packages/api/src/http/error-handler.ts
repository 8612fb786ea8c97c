import { NewsgraphError, toNewsgraphError, type ErrorBody } from '@newsgraph/schema';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { HTTP_STATUS, PUBLIC_MESSAGE, RETRY_AFTER_SECONDS } from './error-status';
import './express-locals';

/** Errors Express's body parser raises carry `type`; these are the caller's fault, not the server's. */
function fromBodyParser(thrown: unknown): NewsgraphError | undefined {
  const type = typeof thrown === 'object' && thrown !== null && 'type' in thrown ? thrown.type : undefined;
  if (type === 'entity.too.large') {
    return new NewsgraphError('PAYLOAD_TOO_LARGE', 'request body too large', { cause: thrown });
  }
  if (type === 'entity.parse.failed') {
    // JSON.parse names the position of the fault, which tells the caller where to look.
    const detail = thrown instanceof Error ? `: ${thrown.message}` : '';
    return new NewsgraphError('BAD_INPUT', `malformed JSON body${detail}`, { cause: thrown });
  }
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return new NewsgraphError('UNSUPPORTED_FORMAT', 'unsupported body encoding', { cause: thrown });
  }
  return undefined;
}

/**
 * Every failure leaves as `{"error":{"code","message","requestId"}}` with the status of its code and no stack
 * trace; the full error goes to the request's log line, and the server keeps running.
 */
export const errorHandler: ErrorRequestHandler = (thrown, _req, res, next) => {
  // A response already under way cannot change its status; Express's own handler closes the connection.
  if (res.headersSent) {
    next(thrown);
    return;
  }
  const error = fromBodyParser(thrown) ?? toNewsgraphError(thrown);
  const status = HTTP_STATUS[error.code];
  const { log, requestId } = res.locals;
  if (status >= 500) log.error({ err: error, cause: error.cause }, error.message);
  else log.info({ code: error.code }, error.message);
  if (status === 503) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  const body: ErrorBody = {
    error: { code: error.code, message: PUBLIC_MESSAGE[error.code] ?? error.message, requestId },
  };
  res.status(status).json(body);
};

/** Unknown routes under /api answer in the same error shape rather than Express's HTML page. */
export const notFound: RequestHandler = (req, _res, next) => {
  next(new NewsgraphError('NOT_FOUND', `no route ${req.method} ${req.baseUrl}${req.path}`));
};

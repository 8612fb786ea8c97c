import { toNewsgraphError, type ErrorBody } from '@newsgraph/schema';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { HTTP_STATUS } from './error-status';

/** Every failure leaves as `{"error":{"code","message"}}` with the status of its code; the server keeps running. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (thrown, req, res, _next) => {
    const error = toNewsgraphError(thrown);
    const status = HTTP_STATUS[error.code];
    const log = (req as { log?: Logger }).log ?? logger;
    if (status >= 500) log.error({ err: error, cause: error.cause }, error.message);
    else log.info({ code: error.code }, error.message);
    const body: ErrorBody = {
      error: {
        code: error.code,
        message: status >= 500 && error.code === 'INTERNAL' ? 'internal error' : error.message,
      },
    };
    res.status(status).json(body);
  };
}

/** Unknown routes under /api answer in the same error shape rather than Express's HTML page. */
export const notFound: RequestHandler = (req, res) => {
  const body: ErrorBody = { error: { code: 'NOT_FOUND', message: `no route ${req.method} ${req.path}` } };
  res.status(404).json(body);
};

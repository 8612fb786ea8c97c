import type { Logger } from 'pino';

// Declaration merging: every handler sees res.locals.log and res.locals.requestId typed, without casts.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express declares Locals in this global namespace
  namespace Express {
    interface Locals {
      /** The id of this request, echoed in the X-Request-Id header, every log line and every error body. */
      requestId: string;
      /** A child of the app's logger carrying the request id. */
      log: Logger;
    }
  }
}

export {};

import type { RequestHandler } from 'express';
import { NO_LIMITS, type Limiters } from './rate-limits';
import { requireToken } from './require-token';

/** What stands before the routes that change the graph or read its configuration. */
export interface WriteGuards {
  /** Rate limit, then the token: an unauthenticated flood is cut off before any token is compared. */
  write: RequestHandler[];
  /** The token alone, for reading what only writers should see. */
  read: RequestHandler[];
  /** The largest body a write accepts, in bytes or as "1mb". */
  bodyLimit: string | number;
}

export function writeGuards(token: string | undefined, limiters: Limiters, bodyLimit: string | number): WriteGuards {
  const auth = requireToken(token);
  return { write: [limiters.writes, auth], read: [auth], bodyLimit };
}

/** The answers every guarded route may give before its handler runs, documented once for all of them. */
export const UNAUTHORIZED = { description: 'no bearer token, or not the right one' };
export const TOO_MANY_WRITES = { description: 'too many writes from this client; retry after Retry-After seconds' };

/** Guards with no token: every write is refused (the default of a registry made without write settings). */
export function closedWrites(): WriteGuards {
  return writeGuards(undefined, NO_LIMITS, '1mb');
}

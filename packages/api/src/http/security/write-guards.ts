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

/** Guards with no token: every write is refused (the default of a registry made without write settings). */
export function closedWrites(): WriteGuards {
  return writeGuards(undefined, NO_LIMITS, '1mb');
}

import { NewsgraphError } from '@newsgraph/schema';
import type { RequestHandler } from 'express';
import { tokenDigest, tokenMatches } from '../../auth/api-token';

/** The OpenAPI security scheme that the write routes name. */
export const BEARER_SCHEME = 'bearer';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Lets a request on only with `Authorization: Bearer <token>`; without a configured token every request is
 * refused, so a server started without one is read-only rather than open.
 */
export function requireToken(token: string | undefined): RequestHandler {
  const expected = token === undefined ? undefined : tokenDigest(token);
  return (req, res, next) => {
    const header = req.get('authorization');
    const given = header === undefined ? undefined : BEARER.exec(header)?.[1];
    if (given === undefined) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="newsgraph"');
      next(new NewsgraphError('UNAUTHORIZED', 'this route needs an Authorization: Bearer <token> header'));
      return;
    }
    if (expected === undefined || !tokenMatches(expected, given)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="newsgraph", error="invalid_token"');
      next(new NewsgraphError('UNAUTHORIZED', 'the bearer token is not valid'));
      return;
    }
    next();
  };
}

import { AmbiguousNameListSchema, AmbiguousNameQuerySchema } from '@newsgraph/schema';
import { Router } from 'express';
import type { ApiStore } from '../../api-store';
import { respond } from '../respond';
import { validate } from '../validate';

/** `GET /api/ambiguous`: short person names kept apart because several people bear them, each with the override that would settle it. */
export function ambiguousRouter(store: ApiStore): Router {
  const router = Router();
  router.get('/api/ambiguous', validate(AmbiguousNameQuerySchema, 'query'), async (_req, res) => {
    respond(res, AmbiguousNameListSchema, { items: await store.ambiguousNames(res.locals.query) });
  });
  return router;
}

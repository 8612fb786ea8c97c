import { PathListSchema, PathQuerySchema } from '@newsgraph/schema';
import { Router } from 'express';
import type { ApiStore } from '../../api-store';
import { respond } from '../respond';
import { validate } from '../validate';

/** `GET /api/paths`: up to k shortest paths between two entities, as elements with each hop's evidence. */
export function pathsRouter(store: ApiStore): Router {
  const router = Router();
  router.get('/api/paths', validate(PathQuerySchema, 'query'), async (_req, res) => {
    respond(res, PathListSchema, await store.shortestPaths(res.locals.query));
  });
  return router;
}

import { EntityListSchema, EntitySearchQuerySchema } from '@newsgraph/schema';
import { Router } from 'express';
import type { ApiStore } from '../../api-store';
import { respond } from '../respond';
import { validate } from '../validate';

/** `GET /api/entities`: search by name or alias, best match first. */
export function entitiesRouter(store: ApiStore): Router {
  const router = Router();
  router.get('/api/entities', validate(EntitySearchQuerySchema, 'query'), async (_req, res) => {
    respond(res, EntityListSchema, { items: await store.searchEntities(res.locals.query) });
  });
  return router;
}

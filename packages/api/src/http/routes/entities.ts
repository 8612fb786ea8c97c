import {
  EntityDetailsQuerySchema,
  EntityDetailsSchema,
  EntityIdParamsSchema,
  EntityListSchema,
  EntitySearchQuerySchema,
} from '@newsgraph/schema';
import { Router } from 'express';
import type { ApiStore } from '../../api-store';
import { page } from '../page';
import { respond } from '../respond';
import { validate, validateAll } from '../validate';

/** `GET /api/entities`: search by name or alias, best match first, paged; `GET /api/entities/:id`: one entity in full. */
export function entitiesRouter(store: ApiStore): Router {
  const router = Router();
  router.get('/api/entities', validate(EntitySearchQuerySchema, 'query'), async (_req, res) => {
    const query = res.locals.query;
    const offset = query.offset ?? 0;
    const rows = await store.searchEntities({ ...query, offset, limit: query.limit + 1 });
    respond(res, EntityListSchema, page(rows, offset, query.limit));
  });
  router.get(
    '/api/entities/:id',
    validateAll({ params: EntityIdParamsSchema, query: EntityDetailsQuerySchema }),
    async (_req, res) => {
      respond(res, EntityDetailsSchema, await store.entityDetails(res.locals.params.id, res.locals.query));
    },
  );
  return router;
}

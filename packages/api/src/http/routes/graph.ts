import { GraphElementsSchema, GraphQuerySchema } from '@newsgraph/schema';
import { Router } from 'express';
import type { ApiStore } from '../../api-store';
import { respond } from '../respond';
import { validate } from '../validate';

/** `GET /api/graph`: an entity's neighbourhood as Cytoscape elements. */
export function graphRouter(store: ApiStore): Router {
  const router = Router();
  router.get('/api/graph', validate(GraphQuerySchema, 'query'), async (_req, res) => {
    respond(res, GraphElementsSchema, await store.neighbourhood(res.locals.query));
  });
  return router;
}

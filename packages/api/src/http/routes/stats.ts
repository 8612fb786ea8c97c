import { GraphStatsSchema } from '@newsgraph/schema';
import { Router } from 'express';
import type { ApiStore } from '../../api-store';
import { respond } from '../respond';

/** `GET /api/stats`: how many articles, entities by type, relations by predicate, mentions and quotes. */
export function statsRouter(store: ApiStore): Router {
  const router = Router();
  router.get('/api/stats', async (_req, res) => {
    respond(res, GraphStatsSchema, await store.stats());
  });
  return router;
}

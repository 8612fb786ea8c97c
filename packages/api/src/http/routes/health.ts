import { HealthSchema } from '@newsgraph/schema';
import { Router } from 'express';
import type { ApiStore } from '../../api-store';
import { RETRY_AFTER_SECONDS } from '../error-status';
import { respond } from '../respond';

/** `GET /health`: whether the graph database answers right now (503 with Retry-After when it does not). */
export function healthRouter(store: ApiStore): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const up = await store.isUp();
    if (!up) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    respond(res, HealthSchema, { status: up ? 'ok' : 'degraded', neo4j: up ? 'up' : 'down' }, up ? 200 : 503);
  });
  return router;
}

import { HealthSchema } from '@newsgraph/schema';
import type { ApiStore } from '../../api-store';
import { RETRY_AFTER_SECONDS } from '../error-status';
import type { RouteRegistry } from '../route';

/** `GET /health`: whether the graph database answers right now (503 with Retry-After when it does not). */
export function healthRoutes(api: RouteRegistry, store: ApiStore): void {
  api.route({
    method: 'get',
    path: '/health',
    summary: 'Whether the graph database answers right now',
    tags: ['meta'],
    responses: {
      200: { description: 'Neo4j is up', schema: HealthSchema },
      503: { description: 'Neo4j is down; retry after the Retry-After seconds', schema: HealthSchema },
    },
    handler: async ({ res, send }) => {
      const up = await store.isUp();
      if (!up) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      send({ status: up ? 'ok' : 'degraded', neo4j: up ? 'up' : 'down' }, up ? 200 : 503);
    },
  });
}

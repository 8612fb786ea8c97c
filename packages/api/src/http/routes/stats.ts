import { GraphStatsSchema } from '@newsgraph/schema';
import type { ApiStore } from '../../api-store';
import type { RouteRegistry } from '../route';

/** `GET /api/stats`: how many articles, entities by type, relations by predicate, mentions and quotes. */
export function statsRoutes(api: RouteRegistry, store: ApiStore): void {
  api.route({
    method: 'get',
    path: '/api/stats',
    summary: 'How many articles, entities by type, relations by predicate, mentions and quotes',
    tags: ['meta'],
    responses: { 200: { description: 'the counts', schema: GraphStatsSchema } },
    handler: async ({ send }) => send(await store.stats()),
  });
}

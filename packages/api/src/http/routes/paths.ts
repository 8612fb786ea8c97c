import { PathListSchema, PathQuerySchema } from '@newsgraph/schema';
import type { ApiStore } from '../../api-store';
import type { RouteRegistry } from '../route';

/** `GET /api/paths`: up to k shortest paths between two entities, as elements with each hop's evidence. */
export function pathsRoutes(api: RouteRegistry, store: ApiStore): void {
  api.route({
    method: 'get',
    path: '/api/paths',
    summary: 'Up to k shortest paths between two entities, each hop with its evidence',
    description:
      '`from` and `to` must differ (400 otherwise). Of paths as short as the last one kept, beyond `k`, the first by ' +
      "node ids, then relation ids are kept (from the server's in-memory graph; while it is behind a write, Neo4j's " +
      '`SHORTEST` chooses its own).',
    tags: ['graph'],
    query: PathQuerySchema,
    responses: {
      200: { description: 'the paths as elements', schema: PathListSchema },
      404: { description: 'no entity with one of the ids' },
    },
    handler: async ({ query, send }) => send(await store.shortestPaths(query)),
  });
}

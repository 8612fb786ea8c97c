import { GraphElementsSchema, GraphQuerySchema } from '@newsgraph/schema';
import type { ApiStore } from '../../api-store';
import type { RouteRegistry } from '../route';

/** `GET /api/graph`: an entity's neighbourhood as Cytoscape elements. */
export function graphRoutes(api: RouteRegistry, store: ApiStore): void {
  api.route({
    method: 'get',
    path: '/api/graph',
    summary: "An entity's neighbourhood as Cytoscape elements, filtered and capped",
    description: '`since` must not come after `until` (400 otherwise).',
    tags: ['graph'],
    query: GraphQuerySchema,
    responses: {
      200: { description: 'the elements, and whether the cap cut the view', schema: GraphElementsSchema },
      404: { description: 'no entity with the focus id' },
    },
    handler: async ({ query, send }) => send(await store.neighbourhood(query)),
  });
}

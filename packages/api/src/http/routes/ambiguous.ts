import { AmbiguousNameListSchema, AmbiguousNameQuerySchema } from '@newsgraph/schema';
import type { ApiStore } from '../../api-store';
import type { RouteRegistry } from '../route';

/** `GET /api/ambiguous`: short person names kept apart because several people bear them, each with the override that would settle it. */
export function ambiguousRoutes(api: RouteRegistry, store: ApiStore): void {
  api.route({
    method: 'get',
    path: '/api/ambiguous',
    summary: 'Short person names kept apart because several people bear them',
    tags: ['entities'],
    query: AmbiguousNameQuerySchema,
    responses: {
      200: {
        description: 'the ambiguous names, each with the override that would settle it',
        schema: AmbiguousNameListSchema,
      },
    },
    handler: async ({ query, send }) => send({ items: await store.ambiguousNames(query) }),
  });
}

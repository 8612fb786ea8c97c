import {
  EntityDetailsQuerySchema,
  EntityDetailsSchema,
  EntityIdParamsSchema,
  EntityListSchema,
  EntitySearchQuerySchema,
} from '@newsgraph/schema';
import type { ApiStore } from '../../api-store';
import { page } from '../page';
import type { RouteRegistry } from '../route';

/** `GET /api/entities`: search by name or alias, best match first, paged; `GET /api/entities/:id`: one entity in full. */
export function entitiesRoutes(api: RouteRegistry, store: ApiStore): void {
  api.route({
    method: 'get',
    path: '/api/entities',
    summary: 'Search entities by name or alias, best match first, paged',
    tags: ['entities'],
    query: EntitySearchQuerySchema,
    responses: { 200: { description: 'one page of entities', schema: EntityListSchema } },
    handler: async ({ query, send }) => {
      const offset = query.offset ?? 0;
      const rows = await store.searchEntities({ ...query, offset, limit: query.limit + 1 });
      send(page(rows, offset, query.limit));
    },
  });
  api.route({
    method: 'get',
    path: '/api/entities/:id',
    summary: 'One entity in full: aliases, counts, relations with support and evidence, articles, quotes',
    tags: ['entities'],
    params: EntityIdParamsSchema,
    query: EntityDetailsQuerySchema,
    responses: {
      200: { description: 'the entity', schema: EntityDetailsSchema },
      404: { description: 'no entity with this id' },
    },
    handler: async ({ params, query, send }) => send(await store.entityDetails(params.id, query)),
  });
}

import {
  ArticleDetailsSchema,
  ArticleListQuerySchema,
  ArticleListSchema,
  EntityIdParamsSchema,
} from '@newsgraph/schema';
import type { ApiStore } from '../../api-store';
import { page } from '../page';
import type { RouteRegistry } from '../route';

/** `GET /api/articles`: by source and period, latest first, paged; `GET /api/articles/:id`: one with its text and mention spans. */
export function articlesRoutes(api: RouteRegistry, store: ApiStore): void {
  api.route({
    method: 'get',
    path: '/api/articles',
    summary: 'Articles by source and period, latest first, paged',
    description: '`since` must not come after `until` (400 otherwise).',
    tags: ['articles'],
    query: ArticleListQuerySchema,
    responses: { 200: { description: 'one page of articles', schema: ArticleListSchema } },
    handler: async ({ query, send }) => {
      const rows = await store.listArticles(query, query.limit + 1);
      send(page(rows, query.offset, query.limit));
    },
  });
  api.route({
    method: 'get',
    path: '/api/articles/:id',
    summary: 'One article with its text and the spans of its mentions',
    tags: ['articles'],
    params: EntityIdParamsSchema,
    responses: {
      200: { description: 'the article', schema: ArticleDetailsSchema },
      404: { description: 'no article with this id' },
    },
    handler: async ({ params, send }) => send(await store.articleDetails(params.id)),
  });
}

import {
  ArticleDetailsSchema,
  ArticleListQuerySchema,
  ArticleListSchema,
  EntityIdParamsSchema,
} from '@newsgraph/schema';
import { Router } from 'express';
import type { ApiStore } from '../../api-store';
import { page } from '../page';
import { respond } from '../respond';
import { validate } from '../validate';

/** `GET /api/articles`: by source and period, latest first, paged; `GET /api/articles/:id`: one with its text and mention spans. */
export function articlesRouter(store: ApiStore): Router {
  const router = Router();
  router.get('/api/articles', validate(ArticleListQuerySchema, 'query'), async (_req, res) => {
    const query = res.locals.query;
    const rows = await store.listArticles(query, query.limit + 1);
    respond(res, ArticleListSchema, page(rows, query.offset, query.limit));
  });
  router.get('/api/articles/:id', validate(EntityIdParamsSchema, 'params'), async (_req, res) => {
    respond(res, ArticleDetailsSchema, await store.articleDetails(res.locals.params.id));
  });
  return router;
}

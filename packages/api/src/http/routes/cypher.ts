import { CypherRequestSchema, CypherResultSchema } from '@newsgraph/schema';
import { Router } from 'express';
import type { ApiStore } from '../../api-store';
import { respond } from '../respond';
import { validate } from '../validate';

/** `POST /api/cypher`: a power user's read-only query (plan-checked, time-limited, row-capped) as rows and elements. */
export function cypherRouter(store: ApiStore): Router {
  const router = Router();
  router.post('/api/cypher', validate(CypherRequestSchema, 'body'), async (_req, res) => {
    respond(res, CypherResultSchema, await store.cypher(res.locals.body));
  });
  return router;
}

import { EntitySearchQuerySchema, GraphQuerySchema, type EntityList, type GraphElements, type Health } from '@newsgraph/schema';
import { Router } from 'express';
import type { GraphStore } from '@newsgraph/graph-store';

/** The JSON API: health, entity search and neighbourhoods; inputs parsed with zod, errors passed on. */
export function apiRoutes(store: GraphStore): Router {
  const router = Router();

  router.get('/health', async (_req, res) => {
    const up = await store.isUp();
    const body: Health = { status: up ? 'ok' : 'degraded', neo4j: up ? 'up' : 'down' };
    res.status(up ? 200 : 503).json(body);
  });

  router.get('/api/entities', async (req, res) => {
    const query = EntitySearchQuerySchema.parse(req.query);
    const body: EntityList = { items: await store.searchEntities(query) };
    res.json(body);
  });

  router.get('/api/graph', async (req, res) => {
    const query = GraphQuerySchema.parse(req.query);
    const body: GraphElements = await store.neighbourhood(query);
    res.json(body);
  });

  return router;
}

import {
  AmbiguousNameQuerySchema,
  EntitySearchQuerySchema,
  GraphQuerySchema,
  type AmbiguousNameList,
  type EntityList,
  type GraphElements,
  type Health,
} from '@newsgraph/schema';
import { Router } from 'express';
import type { GraphStore } from '@newsgraph/graph-store';

/** The JSON API: health, entity search, neighbourhoods and ambiguous names; inputs parsed with zod, errors passed on. */
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

  // Short person names kept apart because several people bear them, each with the override that would settle it.
  router.get('/api/ambiguous', async (req, res) => {
    const query = AmbiguousNameQuerySchema.parse(req.query);
    const body: AmbiguousNameList = { items: await store.ambiguousNames(query) };
    res.json(body);
  });

  return router;
}

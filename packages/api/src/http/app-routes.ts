import type { ApiStore } from '../api-store';
import { docsRoutes } from './docs/routes';
import { createRegistry, type RouteRegistry } from './route';
import { ambiguousRoutes } from './routes/ambiguous';
import { articlesRoutes } from './routes/articles';
import { cypherRoutes } from './routes/cypher';
import { entitiesRoutes } from './routes/entities';
import { exportRoutes } from './routes/export';
import { graphRoutes } from './routes/graph';
import { healthRoutes } from './routes/health';
import { pathsRoutes } from './routes/paths';
import { reportRoutes } from './routes/report';
import { statsRoutes } from './routes/stats';

// One module per resource; each declares its paths, input schemas and response schemas in the registry.
const ROUTE_MODULES = [
  healthRoutes,
  entitiesRoutes,
  graphRoutes,
  pathsRoutes,
  articlesRoutes,
  ambiguousRoutes,
  statsRoutes,
  cypherRoutes,
  exportRoutes,
  reportRoutes,
];

/** Every route of the API over this store, declared once for the router and the OpenAPI document alike. */
export function apiRoutes(store: ApiStore): RouteRegistry {
  const api = createRegistry();
  for (const register of ROUTE_MODULES) register(api, store);
  docsRoutes(api);
  return api;
}

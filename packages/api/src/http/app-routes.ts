import type { ApiStore } from '../api-store';
import { docsRoutes } from './docs/routes';
import type { ArticleIngester } from '../ingest/article-ingester';
import { createRegistry, type RouteRegistry } from './route';
import { ambiguousRoutes } from './routes/ambiguous';
import { articleWriteRoutes } from './routes/article-writes';
import { articlesRoutes } from './routes/articles';
import { correctionsRoutes } from './routes/corrections';
import { cypherRoutes } from './routes/cypher';
import { entitiesRoutes } from './routes/entities';
import { exportRoutes } from './routes/export';
import { graphRoutes } from './routes/graph';
import { healthRoutes } from './routes/health';
import { layoutRoutes } from './routes/layout';
import type { ViewLayouter } from '../layout/layout-thread';
import { overridesRoutes } from './routes/overrides';
import { pathsRoutes } from './routes/paths';
import { relationsRoutes } from './routes/relations';
import { reportRoutes } from './routes/report';
import { statsRoutes } from './routes/stats';
import { closedWrites, type WriteGuards } from './security/write-guards';

// One module per resource; each declares its paths, input schemas and response schemas in the registry.
const ROUTE_MODULES = [
  healthRoutes,
  entitiesRoutes,
  graphRoutes,
  pathsRoutes,
  relationsRoutes,
  articlesRoutes,
  ambiguousRoutes,
  statsRoutes,
  cypherRoutes,
  exportRoutes,
  reportRoutes,
];

/** What the write routes stand behind and write with; by default every write is refused. */
export interface WriteSetup {
  guards: WriteGuards;
  ingester?: ArticleIngester | undefined;
}

/** Every route of the API over this store, declared once for the router and the OpenAPI document alike. */
export function apiRoutes(
  store: ApiStore,
  writes: WriteSetup = { guards: closedWrites() },
  layOut?: ViewLayouter,
): RouteRegistry {
  const api = createRegistry();
  for (const register of ROUTE_MODULES) register(api, store);
  layoutRoutes(api, layOut);
  articleWriteRoutes(api, writes.guards, writes.ingester);
  overridesRoutes(api, writes.guards, writes.ingester);
  correctionsRoutes(api, writes.guards, writes.ingester);
  docsRoutes(api);
  return api;
}

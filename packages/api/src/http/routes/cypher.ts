import { CypherRequestSchema, CypherResultSchema } from '@newsgraph/schema';
import type { ApiStore } from '../../api-store';
import type { RouteRegistry } from '../route';

/** `POST /api/cypher`: a power user's read-only query (plan-checked, time-limited, row-capped) as rows and elements. */
export function cypherRoutes(api: RouteRegistry, store: ApiStore): void {
  api.route({
    method: 'post',
    path: '/api/cypher',
    summary: 'Run a read-only Cypher query (plan-checked, time-limited, row-capped)',
    description:
      'The query must be Cypher that Neo4j can plan (a syntax error is 400) and a pure read: writes, `LOAD CSV`, administration and procedures off the allow-list are 403.',
    tags: ['cypher'],
    body: CypherRequestSchema,
    responses: {
      200: {
        description: 'columns and rows, and the nodes and relationships found in them',
        schema: CypherResultSchema,
      },
      403: { description: 'the query writes, administers or reads outside the graph' },
      422: { description: 'the query ran past its time limit' },
    },
    handler: async ({ body, send }) => send(await store.cypher(body)),
  });
}

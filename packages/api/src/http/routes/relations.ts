import { RelationEvidenceQuerySchema, RelationEvidenceSchema } from '@newsgraph/schema';
import type { ApiStore } from '../../api-store';
import type { RouteRegistry } from '../route';

/** `GET /api/relations/evidence`: one relation's support and a page of its sentences, for when an edge is opened. */
export function relationsRoutes(api: RouteRegistry, store: ApiStore): void {
  api.route({
    method: 'get',
    path: '/api/relations/evidence',
    summary: "One relation's support in a period and a page of its evidence sentences, latest first",
    description:
      'The relation is named as an edge of `GET /api/graph` names it (`source` as `subject`, `target` as `object`); ' +
      'neighbourhoods carry support only, so a client reads the sentences here when an edge is opened. ' +
      '`since` must not come after `until` (400 otherwise).',
    tags: ['graph'],
    query: RelationEvidenceQuerySchema,
    responses: {
      200: {
        description: 'the support and one page of sentences, each with its article',
        schema: RelationEvidenceSchema,
      },
      404: { description: 'no such relation between these entities' },
    },
    handler: async ({ query, send }) => send(await store.relationEvidence(query)),
  });
}

import { OverridesSchema } from '@newsgraph/schema';
import type { ArticleIngester } from '../../ingest/article-ingester';
import { oneAtATime, readOverrides, writeOverrides } from '../../overrides/overrides-file';
import type { RouteRegistry } from '../route';
import { BEARER_SCHEME } from '../security/require-token';
import { TOO_MANY_WRITES, UNAUTHORIZED, type WriteGuards } from '../security/write-guards';
import { needIngester } from './article-writes';

/**
 * `GET`/`PUT /api/overrides` (token required): the analyst's corrections as the next ingest applies them, replaced
 * whole and atomically; stored articles take them on at their next re-extraction.
 */
export function overridesRoutes(api: RouteRegistry, guards: WriteGuards, ingester: ArticleIngester | undefined): void {
  api.route({
    method: 'get',
    path: '/api/overrides',
    summary: 'The analyst overrides that the next ingest applies',
    tags: ['overrides'],
    before: guards.read,
    security: [BEARER_SCHEME],
    responses: {
      200: { description: 'the overrides (all lists empty when there are none)', schema: OverridesSchema },
      401: UNAUTHORIZED,
    },
    handler: ({ send }) => send(readOverrides(needIngester(ingester).overridesPath)),
  });
  api.route({
    method: 'put',
    path: '/api/overrides',
    summary: 'Replace the analyst overrides (applied from the next ingest on)',
    description:
      'The whole file is replaced atomically. Articles already stored keep their extraction until they are ' +
      're-extracted (`newsgraph reextract`, or `pnpm start`).',
    tags: ['overrides'],
    body: OverridesSchema,
    before: guards.write,
    security: [BEARER_SCHEME],
    responses: {
      200: { description: 'the overrides as saved', schema: OverridesSchema },
      401: UNAUTHORIZED,
      429: TOO_MANY_WRITES,
    },
    handler: async ({ body, res, send }) => {
      const target = needIngester(ingester);
      await oneAtATime(target.overridesPath, () => writeOverrides(target.overridesPath, body));
      // The next article is extracted with the new overrides; starting their threads now spares it the wait.
      target.warm().catch((error: unknown) => res.locals.log.warn({ err: error }, 'warming extraction failed'));
      send(body);
    },
  });
}

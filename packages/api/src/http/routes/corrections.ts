import { randomUUID } from 'node:crypto';
import {
  CorrectionAppliedSchema,
  CorrectionIdParamsSchema,
  CorrectionInputSchema,
  CorrectionListSchema,
  CorrectionQuerySchema,
  NewsgraphError,
  type CorrectionApplied,
  type CorrectionInput,
} from '@newsgraph/schema';
import type { ArticleIngester } from '../../ingest/article-ingester';
import {
  entitiesOf,
  entriesFor,
  listCorrections,
  namedIds,
  withEntries,
  withoutCorrection,
} from '../../overrides/corrections';
import { oneAtATime, readOverrides, writeOverrides } from '../../overrides/overrides-file';
import type { RouteRegistry } from '../route';
import { BEARER_SCHEME } from '../security/require-token';
import { TOO_MANY_WRITES, UNAUTHORIZED, type WriteGuards } from '../security/write-guards';
import { needIngester } from './article-writes';

/**
 * `/api/corrections` (token required): an analyst's corrections one at a time, each written into the overrides with
 * who and when, and applied at once by re-extracting the stored articles it touches; undone the same way.
 */
export function correctionsRoutes(
  api: RouteRegistry,
  guards: WriteGuards,
  ingester: ArticleIngester | undefined,
): void {
  api.route({
    method: 'get',
    path: '/api/corrections',
    summary: 'The corrections made through the API, newest first',
    tags: ['overrides'],
    query: CorrectionQuerySchema,
    before: guards.read,
    security: [BEARER_SCHEME],
    responses: {
      200: { description: 'the corrections (of one entity with `entity=`)', schema: CorrectionListSchema },
      401: UNAUTHORIZED,
    },
    handler: ({ query, send }) => {
      const all = listCorrections(readOverrides(needIngester(ingester).overridesPath));
      send({ items: query.entity ? all.filter((c) => c.entities.includes(query.entity ?? '')) : all });
    },
  });
  api.route({
    method: 'post',
    path: '/api/corrections',
    summary: 'Make a correction: merge, alias, split or reject a relation',
    description:
      'Stamped with the analyst named in `by` and the time, added to the overrides (so every later ingest applies ' +
      'it), and applied at once: the stored articles that mention the corrected entities are extracted again.',
    tags: ['overrides'],
    body: CorrectionInputSchema,
    before: guards.write,
    security: [BEARER_SCHEME],
    responses: {
      201: { description: 'the correction and the articles re-extracted', schema: CorrectionAppliedSchema },
      400: { description: 'a correction that cannot apply (an entity merged into itself)' },
      401: UNAUTHORIZED,
      404: { description: 'an entity to correct is not in the graph' },
      429: TOO_MANY_WRITES,
    },
    handler: async ({ body, send }) => send(await correct(needIngester(ingester), body), 201),
  });
  api.route({
    method: 'delete',
    path: '/api/corrections/:id',
    summary: 'Undo a correction',
    description: 'Its entries leave the overrides and the articles it touched are extracted again without it.',
    tags: ['overrides'],
    params: CorrectionIdParamsSchema,
    before: guards.write,
    security: [BEARER_SCHEME],
    responses: {
      200: { description: 'the correction undone and the articles re-extracted', schema: CorrectionAppliedSchema },
      401: UNAUTHORIZED,
      404: { description: 'no correction has this id' },
      429: TOO_MANY_WRITES,
    },
    handler: async ({ params, send }) => send(await undo(needIngester(ingester), params.id)),
  });
}

async function correct(ingester: ArticleIngester, input: CorrectionInput): Promise<CorrectionApplied> {
  if (input.kind === 'merge' && input.from.includes(input.into.id))
    throw new NewsgraphError('BAD_INPUT', 'an entity cannot be merged into itself');
  const path = ingester.overridesPath;
  return oneAtATime(path, async () => {
    const scopes = new Map((await ingester.entityScope(namedIds(input))).map((scope) => [scope.id, scope]));
    const corrected =
      input.kind === 'merge' ? input.from : [input.kind === 'rejectRelation' ? input.subject : input.entity];
    const missing = corrected.filter((id) => !scopes.get(id)?.name);
    if (missing.length > 0) throw new NewsgraphError('NOT_FOUND', `no entity ${missing.join(', ')} in the graph`);
    const entries = entriesFor(input, scopes, { id: randomUUID(), by: input.by, at: new Date().toISOString() });
    await writeOverrides(path, withEntries(readOverrides(path), entries));
    const [correction] = listCorrections(entries);
    if (!correction) throw new NewsgraphError('INTERNAL', 'the correction made no override');
    return { correction, ...(await ingester.reextractTouching(entitiesOf(entries))) };
  });
}

async function undo(ingester: ArticleIngester, id: string): Promise<CorrectionApplied> {
  const path = ingester.overridesPath;
  return oneAtATime(path, async () => {
    const { kept, removed } = withoutCorrection(readOverrides(path), id);
    const [correction] = listCorrections(removed);
    if (!correction) throw new NewsgraphError('NOT_FOUND', `no correction ${id}`);
    await writeOverrides(path, kept);
    return { correction, ...(await ingester.reextractTouching(entitiesOf(removed))) };
  });
}

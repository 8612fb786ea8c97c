import { GraphQuerySchema, NewsgraphError, type ExportBody, type ExportQuery } from '@newsgraph/schema';
import type { ApiStore } from '../../api-store';

/** The entity ids an export covers, or undefined for the whole graph. */
export async function exportIds(
  store: ApiStore,
  query: ExportQuery,
  rawQuery: unknown,
  body: ExportBody | undefined,
): Promise<string[] | undefined> {
  if (body && 'ids' in body) return body.ids;
  if (body && 'cypher' in body) {
    const result = await store.cypher(body.cypher);
    const ids = result.elements.nodes.map((node) => node.data.id);
    if (ids.length === 0) throw new NewsgraphError('BAD_INPUT', 'the query returned no entities to export');
    return ids;
  }
  if (query.ids) return query.ids;
  if (query.focus) {
    // A neighbourhood export is exactly the view the same filters draw.
    const view = await store.neighbourhood(GraphQuerySchema.parse(rawQuery));
    return view.nodes.map((node) => node.data.id);
  }
  return undefined;
}

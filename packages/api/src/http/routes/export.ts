import {
  forceAtlasPositions,
  LAYOUT_CAP,
  writeCsv,
  writeCyjs,
  writeCypherScript,
  writeGexf,
  writeGraphml,
} from '@newsgraph/export';
import { ExportBodySchema, ExportQuerySchema, type ExportQuery } from '@newsgraph/schema';
import type { Response } from 'express';
import type { ApiStore } from '../../api-store';
import type { RouteRegistry } from '../route';
import { exportIds } from './export-scope';

const MEDIA: Record<ExportQuery['format'], { type: string; extension: string }> = {
  graphml: { type: 'application/graphml+xml; charset=utf-8', extension: 'graphml' },
  gexf: { type: 'application/gexf+xml; charset=utf-8', extension: 'gexf' },
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv' },
  cyjs: { type: 'application/json; charset=utf-8', extension: 'cyjs' },
  cypher: { type: 'text/plain; charset=utf-8', extension: 'cypher' },
};

const EXPORT_MEDIA = [...new Set(Object.values(MEDIA).map(({ type }) => type.split(';')[0] ?? type))];
// Rules across parameters, which an OpenAPI document cannot express.
const EXPORT_RULES =
  'CSV needs `table`; `ids` and `focus` exclude each other (400 otherwise). With `focus`, the filters of `GET /api/graph` (`depth`, `types`, `predicates`, `minSupport`, `minConfidence`, `since`, `until`, `limit`) apply as there.';

const EXPORT_RESPONSES = {
  200: { description: 'the file, streamed as an attachment', content: EXPORT_MEDIA },
  404: { description: 'no entity with the focus id' },
};

/**
 * `GET /api/export`: the whole graph, some entities (`ids`) or a neighbourhood (`focus` and the graph filters);
 * `POST /api/export`: entity ids or a read-only query's result in the body. Streamed, so memory stays flat.
 */
export function exportRoutes(api: RouteRegistry, store: ApiStore): void {
  api.route({
    method: 'get',
    path: '/api/export',
    summary: 'Export the whole graph, some entities or a neighbourhood (GraphML, GEXF, CSV, Cytoscape JSON, Cypher)',
    description: EXPORT_RULES,
    tags: ['export'],
    query: ExportQuerySchema,
    responses: EXPORT_RESPONSES,
    handler: async ({ query, req, res }) => {
      await streamExport(store, res, query, await exportIds(store, query, req.query, undefined));
    },
  });
  api.route({
    method: 'post',
    path: '/api/export',
    summary: "Export entities named in the body, or a read-only query's result",
    description: EXPORT_RULES,
    tags: ['export'],
    query: ExportQuerySchema,
    body: ExportBodySchema,
    responses: EXPORT_RESPONSES,
    handler: async ({ query, body, req, res }) => {
      await streamExport(store, res, query, await exportIds(store, query, req.query, body));
    },
  });
}

async function streamExport(
  store: ApiStore,
  res: Response,
  query: ExportQuery,
  ids: string[] | undefined,
): Promise<void> {
  const scope = { ids };
  // The layout runs before the first byte, so a failure there still gets a proper error answer.
  const positions =
    query.format === 'gexf' ? await forceAtlasPositions(store.streamTopology(scope, LAYOUT_CAP)) : undefined;
  const { type, extension } = MEDIA[query.format];
  const name = `newsgraph${ids ? '-view' : ''}${query.table ? `-${query.table}` : ''}.${extension}`;
  // attachment() sets a type from the file's extension (octet-stream for .cyjs and .cypher), so ours comes after it.
  res.status(200).attachment(name).type(type);
  const items = store.streamGraph(scope);
  try {
    if (query.format === 'graphml') await writeGraphml(items, res);
    else if (query.format === 'gexf') await writeGexf(items, res, positions ?? new Map());
    else if (query.format === 'csv') await writeCsv(items, res, query.table ?? 'nodes');
    else if (query.format === 'cyjs') await writeCyjs(items, res);
    else await writeCypherScript(items, res);
  } catch (error) {
    if (res.destroyed) {
      // The writer stopped reading when the client went away, which closed the export's Neo4j session.
      res.locals.log.info('export stopped: the client closed the connection');
      return;
    }
    // Headers are gone: the only honest signal left is a cut connection, so the client never takes half a file as whole.
    res.destroy(error instanceof Error ? error : new Error(String(error)));
    res.locals.log.error({ err: error }, 'export failed mid-stream');
  }
}

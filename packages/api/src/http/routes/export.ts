import {
  forceAtlasPositions,
  writeCsv,
  writeCyjs,
  writeCypherScript,
  writeGexf,
  writeGraphml,
} from '@newsgraph/export';
import { ExportBodySchema, ExportQuerySchema, type ExportBody, type ExportQuery } from '@newsgraph/schema';
import { Router, type Response } from 'express';
import type { ApiStore } from '../../api-store';
import { validate, validateAll } from '../validate';
import { exportIds } from './export-scope';

const MEDIA: Record<ExportQuery['format'], { type: string; extension: string }> = {
  graphml: { type: 'application/graphml+xml; charset=utf-8', extension: 'graphml' },
  gexf: { type: 'application/gexf+xml; charset=utf-8', extension: 'gexf' },
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv' },
  cyjs: { type: 'application/json; charset=utf-8', extension: 'cyjs' },
  cypher: { type: 'text/plain; charset=utf-8', extension: 'cypher' },
};

/**
 * `GET /api/export`: the whole graph, some entities (`ids`) or a neighbourhood (`focus` and the graph filters);
 * `POST /api/export`: entity ids or a read-only query's result in the body. Streamed, so memory stays flat.
 */
export function exportRouter(store: ApiStore): Router {
  const router = Router();
  router.get('/api/export', validate(ExportQuerySchema, 'query'), async (req, res) => {
    await streamExport(store, res, res.locals.query, await exportIds(store, res.locals.query, req.query, undefined));
  });
  router.post('/api/export', validateAll({ query: ExportQuerySchema, body: ExportBodySchema }), async (req, res) => {
    const body: ExportBody = res.locals.body;
    await streamExport(store, res, res.locals.query, await exportIds(store, res.locals.query, req.query, body));
  });
  return router;
}

async function streamExport(
  store: ApiStore,
  res: Response,
  query: ExportQuery,
  ids: string[] | undefined,
): Promise<void> {
  const scope = { ids };
  // The layout runs before the first byte, so a failure there still gets a proper error answer.
  const positions = query.format === 'gexf' ? await forceAtlasPositions(store.streamTopology(scope)) : undefined;
  const { type, extension } = MEDIA[query.format];
  const name = `newsgraph${ids ? '-view' : ''}${query.table ? `-${query.table}` : ''}.${extension}`;
  res.status(200).type(type).attachment(name);
  const items = store.streamGraph(scope);
  try {
    if (query.format === 'graphml') await writeGraphml(items, res);
    else if (query.format === 'gexf') await writeGexf(items, res, positions ?? new Map());
    else if (query.format === 'csv') await writeCsv(items, res, query.table ?? 'nodes');
    else if (query.format === 'cyjs') await writeCyjs(items, res);
    else await writeCypherScript(items, res);
  } catch (error) {
    // Headers are gone: the only honest signal left is a cut connection, so the client never takes half a file as whole.
    res.destroy(error instanceof Error ? error : new Error(String(error)));
    res.locals.log.error({ err: error }, 'export failed mid-stream');
  }
}

import { ReportQuerySchema } from '@newsgraph/schema';
import type { ApiStore } from '../../api-store';
import { gatherReport } from '../../report/gather';
import { reportHtml } from '../../report/html';
import { reportMarkdown } from '../../report/markdown';
import { reportSvg } from '../../report/svg';
import type { RouteRegistry } from '../route';

const MEDIA = {
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
} as const;

/** `GET /api/report`: an evidence pack on a neighbourhood or a path, as printable HTML, Markdown or the picture alone. */
export function reportRoutes(api: RouteRegistry, store: ApiStore): void {
  api.route({
    method: 'get',
    path: '/api/report',
    summary: 'An evidence pack: the picture, a path narrative, a card per relation with its cited sentences',
    description:
      'A neighbourhood (`focus` and the graph filters), the shortest paths between `from` and `to`, or both. Each card states the fact, quotes its supporting sentences with article title, outlet, date and URL, and counts articles and outlets; the pack ends with the request that rebuilds it. Give `focus`, or `from` and `to` (different), or all three; `since` must not come after `until` (400 otherwise).',
    tags: ['graph'],
    query: ReportQuerySchema,
    responses: {
      200: { description: 'the pack', content: Object.values(MEDIA).map((type) => type.split(';')[0] ?? type) },
      404: { description: 'no entity with one of the ids' },
    },
    handler: async ({ query, res }) => {
      const data = await gatherReport(store, query);
      const body =
        query.format === 'md' ? reportMarkdown(data) : query.format === 'svg' ? reportSvg(data) : reportHtml(data);
      res.status(200).type(MEDIA[query.format]).send(body);
    },
  });
}

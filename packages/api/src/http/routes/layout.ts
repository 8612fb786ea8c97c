import { ViewLayoutRequestSchema, ViewLayoutSchema } from '@newsgraph/schema';
import { layOutInThread, type ViewLayouter } from '../../layout/layout-thread';
import type { RouteRegistry } from '../route';

/** `POST /api/layout`: positions for a large view, so the viewer need not run fcose on thousands of nodes. */
export function layoutRoutes(api: RouteRegistry, layOut: ViewLayouter = layOutInThread): void {
  api.route({
    method: 'post',
    path: '/api/layout',
    summary: "Positions for a view's entities (ForceAtlas2, the same for the same view)",
    description:
      'The viewer asks for this above 3,000 elements. Relations are pairs of indexes into `nodes`; the answer does ' +
      'not depend on their order or direction. The work is a fixed number of passes, so it grows with the view; it runs ' +
      'on a worker thread (one layout at a time), so other requests are answered meanwhile.',
    tags: ['graph'],
    body: ViewLayoutRequestSchema,
    responses: {
      200: { description: 'every entity of the view, placed', schema: ViewLayoutSchema },
    },
    handler: async ({ body, send }) => send(await layOut(body)),
  });
}

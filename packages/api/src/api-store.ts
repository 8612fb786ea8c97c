import type { GraphStore } from '@newsgraph/graph-store';

/** What the routes ask of the graph, and nothing more: tests hand the app a fake that implements just this. */
export type ApiStore = Pick<
  GraphStore,
  | 'isUp'
  | 'searchEntities'
  | 'entityDetails'
  | 'neighbourhood'
  | 'shortestPaths'
  | 'relationSupport'
  | 'relationEvidence'
  | 'listArticles'
  | 'articleDetails'
  | 'ambiguousNames'
  | 'stats'
  | 'cypher'
  | 'streamGraph'
  | 'streamTopology'
>;

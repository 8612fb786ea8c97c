import type { ExportItem } from '@newsgraph/schema';
import type { ApiStore } from '../src/api-store';

/**
 * A store for tests that drive the app without Neo4j: every call fails with `thrown` (streams on their first read)
 * and health says Neo4j is down, except what `answers` replaces, so each test writes only what it asks of the store.
 */
export function fakeStore(answers: Partial<ApiStore> = {}, thrown = new Error('not asked in this test')): ApiStore {
  const fail = (): Promise<never> => Promise.reject(thrown);
  return {
    isUp: () => Promise.resolve(false),
    searchEntities: fail,
    entityDetails: fail,
    neighbourhood: fail,
    shortestPaths: fail,
    relationSupport: fail,
    relationEvidence: fail,
    listArticles: fail,
    articleDetails: fail,
    ambiguousNames: fail,
    stats: fail,
    cypher: fail,
    streamGraph: () => failingStream(thrown),
    streamTopology: () => ({ nodes: failingStream(thrown), edges: failingStream(thrown) }),
    ...answers,
  };
}

/** An async stream that fails on the first read, the way a dropped Neo4j connection does. */
async function* failingStream(thrown: Error): AsyncGenerator<never> {
  yield await Promise.reject(thrown);
}

/** A fixed list as the async stream the store hands out. */
export async function* streamOf<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield await Promise.resolve(item);
}

/** One entity with nothing else known about it, so every export format has something to write. */
export const ONE_NODE: ExportItem = {
  kind: 'node',
  node: {
    id: 'person:a',
    name: 'A',
    type: 'Person',
    aliases: [],
    mentionCount: 1,
    articleCount: 1,
    firstSeen: null,
    lastSeen: null,
  },
};

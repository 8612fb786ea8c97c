import {
  EntityDetailsQuerySchema,
  EntitySearchQuerySchema,
  GraphQuerySchema,
  PathQuerySchema,
} from '@newsgraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { entityDetails } from './queries/entity-details';
import { neighbourhood } from './queries/neighbourhood';
import { shortestPaths } from './queries/paths';
import { searchEntities } from './queries/search-entities';

type Read = <T>(work: (tx: ManagedTransaction) => Promise<T>) => Promise<T>;

/**
 * Runs each read the viewer's first screens make once, with the API's defaults, on the most mentioned entities: a
 * freshly started server then finds their plans compiled and the busiest part of the graph in the page cache.
 */
export async function warmUpReads(read: Read): Promise<void> {
  const top = await read((tx) => searchEntities(tx, EntitySearchQuerySchema.parse({ limit: 20 })));
  const [first, second] = top;
  if (!first) return;
  const typed = (first.name.split(/\s+/)[0] ?? first.name).slice(0, 3);
  await read((tx) => searchEntities(tx, EntitySearchQuerySchema.parse({ q: typed, limit: 20 })));
  for (const depth of [1, 2]) await read((tx) => neighbourhood(tx, GraphQuerySchema.parse({ focus: first.id, depth })));
  await read((tx) => entityDetails(tx, first.id, EntityDetailsQuerySchema.parse({})));
  if (second) await read((tx) => shortestPaths(tx, PathQuerySchema.parse({ from: first.id, to: second.id })));
}

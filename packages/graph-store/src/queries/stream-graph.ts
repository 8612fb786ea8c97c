import { ExportEdgeSchema, ExportNodeSchema, PREDICATES, relationKeyCypher, type ExportItem } from '@newsgraph/schema';
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { toStoreError } from '../errors';

/** Which part of the graph an export covers: everything, or the entities with these ids and the relations among them. */
export interface ExportScope {
  ids?: readonly string[] | undefined;
}

const RELATION_TYPES = PREDICATES.join('|');
const NODE_FIELDS = `e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases,
  coalesce(e.mentionCount, 0) AS mentionCount, coalesce(e.articleCount, 0) AS articleCount,
  e.firstSeen AS firstSeen, e.lastSeen AS lastSeen`;
const EDGE_FIELDS = `${relationKeyCypher('s.id', 'type(r)', 'o.id')} AS id, s.id AS source, o.id AS target, type(r) AS predicate,
  coalesce(r.confidence, 0.0) AS confidence, coalesce(r.sentenceCount, 0) AS sentenceCount,
  coalesce(r.articleCount, 0) AS articleCount, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen`;

// Read in the order of the id index (the IS NOT NULL lets the planner use it), so Neo4j streams the entities instead of
// sorting all of them in its heap before the first row.
const NODES_ALL = `MATCH (e:Entity) WHERE e.id IS NOT NULL RETURN ${NODE_FIELDS} ORDER BY id`;
const NODES_OF = `UNWIND $ids AS wanted MATCH (e:Entity {id: wanted}) RETURN DISTINCT ${NODE_FIELDS} ORDER BY id`;
const EDGES_ALL = `MATCH (s:Entity)-[r:${RELATION_TYPES}]->(o:Entity) RETURN ${EDGE_FIELDS} ORDER BY id`;
const EDGES_OF = `UNWIND $ids AS wanted MATCH (s:Entity {id: wanted})-[r:${RELATION_TYPES}]->(o:Entity)
  WHERE o.id IN $ids RETURN ${EDGE_FIELDS} ORDER BY id`;

/** Streams the scope's entities, then its relations, pulling records in batches so memory stays flat. */
export async function* streamGraph(driver: Driver, scope: ExportScope): AsyncGenerator<ExportItem> {
  const params = { ids: scope.ids ? [...new Set(scope.ids)] : [] };
  for await (const row of streamRows(driver, scope.ids ? NODES_OF : NODES_ALL, params, 'exporting entities')) {
    yield { kind: 'node', node: ExportNodeSchema.parse(row) };
  }
  for await (const row of streamRows(driver, scope.ids ? EDGES_OF : EDGES_ALL, params, 'exporting relations')) {
    yield { kind: 'edge', edge: ExportEdgeSchema.parse(row) };
  }
}

/** The scope's ids and links alone, which is all a layout needs; with `layoutCap`, only the links among that many. */
export function streamTopology(
  driver: Driver,
  scope: ExportScope,
  layoutCap?: number,
): { nodes: AsyncIterable<string>; edges: AsyncIterable<[string, string]> } {
  const params = { ids: scope.ids ? [...new Set(scope.ids)] : [] };
  const nodeQuery = scope.ids
    ? 'UNWIND $ids AS wanted MATCH (e:Entity {id: wanted}) RETURN DISTINCT e.id AS id'
    : 'MATCH (e:Entity) RETURN e.id AS id';
  const edgeQuery = scope.ids
    ? TOPOLOGY_OF
    : `MATCH (s:Entity)-[:${RELATION_TYPES}]->(o:Entity) RETURN s.id AS source, o.id AS target`;
  const edgeRows =
    layoutCap === undefined
      ? streamRows(driver, edgeQuery, params, 'reading links for a layout')
      : linksAmongBestConnected(driver, params, scope.ids !== undefined, layoutCap);
  return {
    nodes: mapRows(streamRows(driver, nodeQuery, params, 'reading ids for a layout'), (row) => String(row['id'])),
    edges: mapRows(edgeRows, (row) => [String(row['source']), String(row['target'])]),
  };
}

const TOPOLOGY_OF = `UNWIND $ids AS wanted MATCH (s:Entity {id: wanted})-[:${RELATION_TYPES}]->(o:Entity)
  WHERE o.id IN $ids RETURN s.id AS source, o.id AS target`;

// Degrees come from Neo4j's per-type counts on each node, so ranking every entity reads no relationship.
const BEST_CONNECTED = (scoped: boolean): string => `
${scoped ? 'UNWIND $ids AS wanted MATCH (e:Entity {id: wanted}) WITH DISTINCT e' : 'MATCH (e:Entity)'}
WITH e, COUNT { (e)-[:${RELATION_TYPES}]-() } AS degree WHERE degree > 0
RETURN e.id AS id ORDER BY degree DESC, id LIMIT toInteger($cap)`;

/** The links among the `cap` entities with the most relations (ties by id), so a layout's memory has a bound. */
async function* linksAmongBestConnected(
  driver: Driver,
  params: { ids: string[] },
  scoped: boolean,
  cap: number,
): AsyncGenerator<Record<string, unknown>> {
  const best: string[] = [];
  for await (const row of streamRows(
    driver,
    BEST_CONNECTED(scoped),
    { ...params, cap },
    'ranking entities for a layout',
  )) {
    best.push(String(row['id']));
  }
  yield* streamRows(driver, TOPOLOGY_OF, { ids: best }, 'reading links for a layout');
}

async function* mapRows<T>(rows: AsyncIterable<Record<string, unknown>>, map: (row: Record<string, unknown>) => T) {
  for await (const row of rows) yield map(row);
}

async function* streamRows(
  driver: Driver,
  query: string,
  params: Record<string, unknown>,
  what: string,
): AsyncGenerator<Record<string, unknown>> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, fetchSize: 1000 });
  try {
    for await (const record of session.run(query, params)) yield record.toObject();
  } catch (error) {
    throw toStoreError(error, what);
  } finally {
    await session.close();
  }
}

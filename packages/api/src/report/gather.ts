import {
  relationKey,
  type GraphEdge,
  type GraphNode,
  type GraphQuery,
  type RelationSupport,
  type ReportQuery,
} from '@newsgraph/schema';
import type { ApiStore } from '../api-store';

/** One hop of a path, as walked: the relation it crosses and whether the walk follows its direction. */
export interface Hop {
  key: string;
  from: string;
  to: string;
  forward: boolean;
}

/** Everything an evidence pack shows, gathered once and drawn as HTML, Markdown or SVG. */
export interface ReportData {
  query: ReportQuery;
  /** The request that rebuilds this pack. */
  rebuild: string;
  generatedAt: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The node or edge cap cut the neighbourhood. */
  truncated: boolean;
  /** One per relation, path hops first, then best supported first. */
  cards: RelationSupport[];
  /** Relations of the picture left without a card by the `relations` cap. */
  cardsLeftOut: number;
  paths: Hop[][] | undefined;
}

const keyOf = (edge: GraphEdge): string => relationKey(edge.data.source, edge.data.predicate, edge.data.target);

/** The query string that asks for this very pack again (defaults written out, so later default changes do not move it). */
export function rebuildQuery(query: ReportQuery): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    params.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  return `/api/report?${params.toString()}`;
}

function graphQuery(query: ReportQuery, focus: string): GraphQuery {
  const { depth, limit, types, predicates, minSupport, minConfidence, since, until } = query;
  return {
    focus,
    depth,
    limit,
    ...(types ? { types } : {}),
    ...(predicates ? { predicates } : {}),
    ...(minSupport !== undefined ? { minSupport } : {}),
    ...(minConfidence !== undefined ? { minConfidence } : {}),
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
  };
}

/** Reads the neighbourhood, the paths and the support of every relation shown. */
export async function gatherReport(store: ApiStore, query: ReportQuery, now = new Date()): Promise<ReportData> {
  const view = query.focus ? await store.neighbourhood(graphQuery(query, query.focus)) : undefined;
  const found =
    query.from && query.to
      ? await store.shortestPaths({ from: query.from, to: query.to, maxLength: query.maxLength, k: query.k })
      : undefined;
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const byId = new Map<string, GraphEdge>();
  for (const node of [...(view?.nodes ?? []), ...(found?.elements.nodes ?? [])]) {
    if (!nodes.has(node.data.id)) nodes.set(node.data.id, node);
  }
  for (const edge of [...(view?.edges ?? []), ...(found?.elements.edges ?? [])]) {
    if (!edges.has(keyOf(edge))) edges.set(keyOf(edge), edge);
    byId.set(edge.data.id, edge);
  }
  const paths = found?.paths.map((path) =>
    path.edges.flatMap((edgeId, i): Hop[] => {
      const edge = byId.get(edgeId);
      const from = path.nodes[i];
      const to = path.nodes[i + 1];
      if (!edge || from === undefined || to === undefined) return [];
      return [{ key: keyOf(edge), from, to, forward: edge.data.source === from }];
    }),
  );
  const onPaths = [...new Set((paths ?? []).flat().map((hop) => hop.key))];
  const ranked = [...edges.values()]
    .filter((edge) => !onPaths.includes(keyOf(edge)))
    .sort((a, b) => b.data.articleCount - a.data.articleCount || b.data.confidence - a.data.confidence)
    .map(keyOf);
  const room = Math.max(query.relations - onPaths.length, 0);
  const chosen = [...onPaths, ...ranked.slice(0, room)];
  const cards =
    chosen.length === 0
      ? []
      : await store.relationSupport({
          relations: chosen.map((key) => {
            const edge = edges.get(key);
            if (!edge) throw new Error(`no edge for ${key}`);
            return { subject: edge.data.source, predicate: edge.data.predicate, object: edge.data.target };
          }),
          since: query.since,
          until: query.until,
          evidence: query.evidence,
        });
  return {
    query,
    rebuild: rebuildQuery(query),
    generatedAt: now.toISOString(),
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    truncated: view?.truncated ?? false,
    cards,
    cardsLeftOut: Math.max(ranked.length - room, 0),
    paths,
  };
}

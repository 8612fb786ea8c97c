import { PREDICATES, type GraphEdge, type GraphElements, type GraphNode, type GraphQuery } from '@newsgraph/schema';
import { EDGE_CAP } from '../queries/neighbourhood';
import type { MirrorData } from './mirror-data';
import type { MirrorRelation } from './mirror-load';

/** Cypher's `ORDER BY n.mentionCount DESC, n.id`: a missing count sorts first, as null is the largest value. */
function byMentionsThenId(data: MirrorData): (a: number, b: number) => number {
  return (a, b) => {
    const x = data.entities[a];
    const y = data.entities[b];
    const mx = x?.mentionCount ?? Number.POSITIVE_INFINITY;
    const my = y?.mentionCount ?? Number.POSITIVE_INFINITY;
    if (mx !== my) return mx < my ? 1 : -1;
    const ix = x?.id ?? '';
    const iy = y?.id ?? '';
    return ix < iy ? -1 : ix > iy ? 1 : 0;
  };
}

/**
 * Entities as a view's nodes (NODE_FIELDS), in the order given; `focus` marks one. Built without a second zod pass:
 * the rows were checked when the mirror was read, and the response is checked again before it leaves.
 */
export function mirrorNodes(data: MirrorData, entities: readonly number[], focus: string | null): GraphNode[] {
  return entities.map((i) => {
    const n = data.entities[i];
    if (!n) throw new Error(`no entity at ${i} in the mirror`);
    const mentionCount = n.mentionCount ?? 0;
    return {
      data: {
        id: n.id,
        label: n.name,
        type: n.type,
        mentionCount,
        articleCount: n.articleCount,
        focus: n.id === focus,
      },
    };
  });
}

/** A relation as a view's edge (EDGE_FIELDS), built as its nodes are. */
export function mirrorEdge(r: MirrorRelation): GraphEdge {
  return {
    data: {
      id: r.id,
      source: r.source,
      target: r.target,
      predicate: r.predicate,
      label: r.predicate,
      confidence: r.confidence,
      sentenceCount: r.sentences,
      articleCount: r.articles,
      firstSeen: r.firstSeen,
      lastSeen: r.lastSeen,
    },
  };
}

/**
 * The neighbourhood `neighbourhood` reads from Neo4j, computed from the mirror: the same rings, caps, order and
 * filters. Undefined when the mirror cannot answer (a period, which needs the claims; a focus it does not hold).
 */
export function mirrorNeighbourhood(data: MirrorData, query: GraphQuery): GraphElements | undefined {
  if (query.since || query.until) return undefined;
  const focus = data.byId.get(query.focus);
  if (focus === undefined) return undefined;
  const predicates = new Set<string>(query.predicates?.length ? query.predicates : PREDICATES);
  const types = query.types ? new Set<string>(query.types) : undefined;
  const minSupport = query.minSupport ?? 1;
  const minConfidence = query.minConfidence ?? 0;
  const filtered = query.minSupport !== undefined || query.minConfidence !== undefined;
  const passes = (relation: number, checked: boolean): boolean => {
    const r = data.relations[relation];
    if (!r || !predicates.has(r.predicate)) return false;
    return !checked || (r.articles >= minSupport && r.confidence >= minConfidence);
  };
  const seen = new Set([focus]);
  const order = [focus];
  let frontier = [focus];
  let cut = false;
  for (let ring = 0; ring < query.depth && !cut; ring++) {
    const found = new Set<number>();
    for (const x of frontier) {
      for (const { relation, other } of data.adjacent[x] ?? []) {
        if (seen.has(other) || found.has(other) || !passes(relation, filtered)) continue;
        if (types && !types.has(data.entities[other]?.type ?? '')) continue;
        found.add(other);
      }
    }
    const ranked = [...found].sort(byMentionsThenId(data));
    const room = query.limit - order.length;
    frontier = ranked.slice(0, room);
    for (const n of frontier) seen.add(n);
    order.push(...frontier);
    cut = ranked.length > room;
  }
  const edges: number[] = [];
  for (const s of order) {
    for (const relation of data.outgoing[s] ?? []) {
      const o = data.byId.get(data.relations[relation]?.target ?? '');
      if (o !== undefined && seen.has(o) && passes(relation, true)) edges.push(relation);
    }
  }
  edges.sort((a, b) => {
    const x = data.relations[a];
    const y = data.relations[b];
    if (!x || !y) return 0;
    if (x.articles !== y.articles) return y.articles - x.articles;
    if (x.confidence !== y.confidence) return y.confidence - x.confidence;
    return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
  });
  const nodes = mirrorNodes(data, order, query.focus);
  const elements = edges.slice(0, EDGE_CAP).map((relation) => mirrorEdge(data.relations[relation] as MirrorRelation));
  return { nodes, edges: elements, truncated: edges.length > EDGE_CAP || cut };
}

import type { GraphEdge, GraphElements, GraphNode } from '@newsgraph/schema';
import type { Filters, Source, ViewState } from './view-log';

/** Fetches the elements of one source under the view's filters. */
export type SourceLoader = (source: Source, filters: Filters, signal: AbortSignal) => Promise<GraphElements>;

/** A source and its filters as one cache key, so undo and redo redraw without asking the server again. */
function keyOf(source: Source, filters: Filters): string {
  return JSON.stringify([source, filters]);
}

/** A relation's stable key, `subject|predicate|object`, so selections and links never hold the database's own ids. */
export const edgeKey = (edge: GraphEdge): string => `${edge.data.source}|${edge.data.predicate}|${edge.data.target}`;

/** The same elements with every edge under its stable key. */
export function rekey(graph: GraphElements): GraphElements {
  return { ...graph, edges: graph.edges.map((edge) => ({ data: { ...edge.data, id: edgeKey(edge) } })) };
}

/** Whether an edge passes the filters the server cannot apply to paths and query results. */
function edgePasses(edge: GraphEdge, filters: Filters): boolean {
  return (
    (filters.predicates.length === 0 || filters.predicates.includes(edge.data.predicate)) &&
    edge.data.articleCount >= filters.minSupport &&
    edge.data.confidence >= filters.minConfidence
  );
}

/** The union of every source's elements, without hidden nodes, filtered, and with the view's subject marked. */
export function combine(state: ViewState, parts: GraphElements[], subject: string | null): GraphElements {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  let truncated = false;
  for (const part of parts) {
    truncated ||= part.truncated;
    for (const node of part.nodes) {
      if (state.hidden.has(node.data.id)) continue;
      const typeKept = state.filters.types.length === 0 || state.filters.types.includes(node.data.type);
      if (!typeKept && node.data.id !== subject) continue;
      nodes.set(node.data.id, { data: { ...node.data, focus: node.data.id === subject } });
    }
    for (const edge of part.edges) if (edgePasses(edge, state.filters)) edges.set(edge.data.id, edge);
  }
  const kept = [...edges.values()].filter((edge) => nodes.has(edge.data.source) && nodes.has(edge.data.target));
  return { nodes: [...nodes.values()], edges: kept, truncated };
}

/** Loads each source once per filter setting and keeps the answers. */
export class ElementCache {
  private readonly answers = new Map<string, Promise<GraphElements>>();

  constructor(private readonly load: SourceLoader) {}

  /** Every source's elements; a failed load is forgotten so a retry asks again. */
  async all(state: ViewState, signal: AbortSignal): Promise<GraphElements[]> {
    return Promise.all(
      state.sources.map(async (source) => {
        const key = keyOf(source, state.filters);
        try {
          return await this.answer(key, () => this.load(source, state.filters, signal));
        } catch (error) {
          // A load shared with a draw that was since cancelled fails with that draw's abort: this one asks again.
          if (signal.aborted || !isAbort(error)) throw error;
          return this.answer(key, () => this.load(source, state.filters, signal));
        }
      }),
    );
  }

  private answer(key: string, load: () => Promise<GraphElements>): Promise<GraphElements> {
    let answer = this.answers.get(key);
    if (!answer) {
      answer = load();
      this.answers.set(key, answer);
      const made = answer;
      made.catch(() => {
        if (this.answers.get(key) === made) this.answers.delete(key);
      });
    }
    return answer;
  }

  /** Forgets everything, after a correction changed the graph. */
  clear(): void {
    this.answers.clear();
  }
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

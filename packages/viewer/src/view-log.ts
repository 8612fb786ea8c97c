import { EntityTypeSchema, PredicateSchema, type EntityType, type Predicate } from '@newsgraph/schema';
import { z } from 'zod';

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];
export const SIZE_BY = ['mentions', 'degree'] as const;
export type SizeBy = (typeof SIZE_BY)[number];

const point = z.tuple([z.number(), z.number()]);
const id = z.string().min(1).max(500);

/** What the server filters each neighbourhood by; empty lists mean "all". */
export const FiltersSchema = z.object({
  types: z.array(EntityTypeSchema),
  predicates: z.array(PredicateSchema),
  minSupport: z.number().int().min(1).max(100_000),
  minConfidence: z.number().min(0).max(1),
  since: z.string().max(40).nullable(),
  until: z.string().max(40).nullable(),
});
export type Filters = z.infer<typeof FiltersSchema>;

export const NO_FILTERS: Filters = {
  types: [],
  predicates: [],
  minSupport: 1,
  minConfidence: 0,
  since: null,
  until: null,
};

/** One thing the analyst did, on stable entity ids only (never Neo4j's internal ids), so a log replays anywhere. */
export const ActionSchema = z.discriminatedUnion('a', [
  z.object({ a: z.literal('open'), id }),
  z.object({ a: z.literal('expand'), id }),
  z.object({ a: z.literal('collapse'), id }),
  z.object({ a: z.literal('path'), from: id, to: id }),
  z.object({ a: z.literal('cypher'), query: z.string().min(1).max(20_000) }),
  z.object({ a: z.literal('hide'), ids: z.array(id).min(1).max(10_000) }),
  z.object({ a: z.literal('show') }),
  z.object({ a: z.literal('pin'), id, at: point }),
  z.object({ a: z.literal('unpin'), id }),
  z.object({ a: z.literal('move'), id, at: point }),
  z.object({ a: z.literal('filters'), filters: FiltersSchema }),
  z.object({ a: z.literal('layout'), name: z.enum(LAYOUTS) }),
  z.object({ a: z.literal('size'), by: z.enum(SIZE_BY) }),
  z.object({ a: z.literal('depth'), depth: z.union([z.literal(1), z.literal(2)]) }),
]);
export type Action = z.infer<typeof ActionSchema>;

/** Where the drawn elements come from: a neighbourhood, the paths between two entities, or a query's result. */
export type Source =
  | { kind: 'neighbourhood'; id: string; depth: 1 | 2 }
  | { kind: 'path'; from: string; to: string }
  | { kind: 'cypher'; query: string };

/** Everything the log adds up to: what to fetch, what to leave out, where nodes stand and how it all looks. */
export interface ViewState {
  sources: Source[];
  hidden: Set<string>;
  pinned: Map<string, [number, number]>;
  moved: Map<string, [number, number]>;
  filters: Filters;
  layout: LayoutName;
  /** Counts layout actions, so the drawing knows when to lay everything out again. */
  layoutEpoch: number;
  sizeBy: SizeBy;
  depth: 1 | 2;
}

export function emptyState(): ViewState {
  return {
    sources: [],
    hidden: new Set(),
    pinned: new Map(),
    moved: new Map(),
    filters: NO_FILTERS,
    layout: 'fcose',
    layoutEpoch: 0,
    sizeBy: 'mentions',
    depth: 1,
  };
}

/** The state one more action leads to; the input is not changed, so earlier states stay valid for undo. */
export function step(state: ViewState, action: Action): ViewState {
  const next: ViewState = {
    ...state,
    sources: [...state.sources],
    hidden: new Set(state.hidden),
    pinned: new Map(state.pinned),
    moved: new Map(state.moved),
  };
  switch (action.a) {
    case 'open':
      next.sources = [{ kind: 'neighbourhood', id: action.id, depth: state.depth }];
      next.hidden.clear();
      next.moved.clear();
      next.pinned.clear();
      break;
    case 'expand':
      next.hidden.delete(action.id);
      if (!next.sources.some((s) => s.kind === 'neighbourhood' && s.id === action.id))
        next.sources.push({ kind: 'neighbourhood', id: action.id, depth: 1 });
      break;
    case 'collapse': {
      // The first neighbourhood is the view's subject: collapsing it would empty the view.
      const index = next.sources.findIndex((s, i) => i > 0 && s.kind === 'neighbourhood' && s.id === action.id);
      if (index > 0) next.sources.splice(index, 1);
      break;
    }
    case 'path':
      next.sources.push({ kind: 'path', from: action.from, to: action.to });
      break;
    case 'cypher':
      next.sources = [{ kind: 'cypher', query: action.query }];
      next.hidden.clear();
      break;
    case 'hide':
      for (const hidden of action.ids) next.hidden.add(hidden);
      break;
    case 'show':
      next.hidden.clear();
      break;
    case 'pin':
      next.pinned.set(action.id, action.at);
      break;
    case 'unpin':
      next.pinned.delete(action.id);
      break;
    case 'move':
      next.moved.set(action.id, action.at);
      if (next.pinned.has(action.id)) next.pinned.set(action.id, action.at);
      break;
    case 'filters':
      next.filters = action.filters;
      break;
    case 'layout':
      next.layout = action.name;
      next.layoutEpoch = state.layoutEpoch + 1;
      next.moved.clear();
      break;
    case 'size':
      next.sizeBy = action.by;
      break;
    case 'depth':
      next.depth = action.depth;
      next.sources = next.sources.map((s, i) =>
        i === 0 && s.kind === 'neighbourhood' ? { ...s, depth: action.depth } : s,
      );
      break;
  }
  return next;
}

/** The state a whole log leads to. */
export function replay(log: readonly Action[]): ViewState {
  return log.reduce(step, emptyState());
}

/** The entity a view is about: the first neighbourhood's centre, if any. */
export function subjectOf(state: ViewState): string | null {
  const first = state.sources[0];
  return first?.kind === 'neighbourhood' ? first.id : null;
}

/** Whether the node has its own neighbourhood source, i.e. can be collapsed. */
export function isExpanded(state: ViewState, nodeId: string): boolean {
  return state.sources.some((s, i) => i > 0 && s.kind === 'neighbourhood' && s.id === nodeId);
}

export type { EntityType, Predicate };

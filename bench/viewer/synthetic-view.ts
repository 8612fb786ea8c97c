import type { GraphElements } from '@newsgraph/schema';

/** A made-up view the size of a large one an analyst could open, with where its nodes would stand. */
export interface SyntheticView {
  focus: string;
  graph: GraphElements;
  /** Positions as a shared link or a server layout gives them: a jittered grid, 80 px apart. */
  positions: Record<string, [number, number]>;
}

const TYPES = ['Person', 'Organization', 'Country', 'Location', 'Policy', 'Event'] as const;
const PREDICATES = ['MET_WITH', 'SUPPORTS', 'OPPOSES', 'COOPERATES_WITH', 'HOLDS_POSITION', 'LOCATED_IN'] as const;

/**
 * `nodes` entities and `edges` distinct relations, seeded so every run draws the same graph: 80% of edges join a node
 * to one of its next 20 in creation order (clusters, as news graphs have), the rest join any two.
 */
export function syntheticView(nodes: number, edges: number, seed = 42): SyntheticView {
  let state = seed;
  const random = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const id = (i: number): string => `bench:n${i}`;
  const side = Math.ceil(Math.sqrt(nodes));
  const positions: Record<string, [number, number]> = {};
  const graph: GraphElements = { nodes: [], edges: [], truncated: false };
  for (let i = 0; i < nodes; i += 1) {
    const mentionCount = 1 + Math.floor(random() * random() * 400);
    graph.nodes.push({
      data: {
        id: id(i),
        label: `Entity ${i}`,
        type: TYPES[i % TYPES.length] ?? 'Person',
        mentionCount,
        articleCount: Math.max(1, Math.floor(mentionCount / 3)),
        focus: i === 0,
      },
    });
    positions[id(i)] = [
      Math.round((i % side) * 80 + random() * 30),
      Math.round(Math.floor(i / side) * 80 + random() * 30),
    ];
  }
  const keys = new Set<string>();
  while (graph.edges.length < edges) {
    const source = Math.floor(random() * nodes);
    const target =
      random() < 0.8 ? Math.min(nodes - 1, source + 1 + Math.floor(random() * 20)) : Math.floor(random() * nodes);
    const predicate = PREDICATES[Math.floor(random() * PREDICATES.length)] ?? 'MET_WITH';
    const key = `${id(source)}|${predicate}|${id(target)}`;
    if (source === target || keys.has(key)) continue;
    keys.add(key);
    const articleCount = 1 + Math.floor(random() * random() * 12);
    graph.edges.push({
      data: {
        id: key,
        source: id(source),
        target: id(target),
        predicate,
        label: predicate,
        confidence: Math.round((0.3 + 0.7 * random()) * 100) / 100,
        sentenceCount: articleCount,
        articleCount,
        firstSeen: null,
        lastSeen: null,
      },
    });
  }
  return { focus: id(0), graph, positions };
}

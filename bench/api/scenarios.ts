import type { Samples } from './samples';

/** One kind of request the API serves, with the target the issue sets for its p99 (ms) where it sets one. */
export interface Scenario {
  name: string;
  target?: number;
  method: 'GET' | 'POST';
  /** The i-th request: a path, and a JSON body for POST. */
  request: (i: number) => { path: string; body?: string };
}

const pick = <T>(list: readonly T[], i: number): T => {
  const item = list[i % list.length];
  if (item === undefined) throw new Error('no samples to pick from');
  return item;
};

/** The five hot routes of the issue, each request taken in turn from the samples. */
export function scenarios(samples: Samples): Scenario[] {
  const q = encodeURIComponent;
  return [
    {
      name: 'search',
      target: 20,
      method: 'GET',
      request: (i) => ({ path: `/api/entities?q=${q(pick(samples.terms, i))}&limit=20` }),
    },
    {
      name: 'depth-2 neighbourhood',
      target: 50,
      method: 'GET',
      request: (i) => ({ path: `/api/graph?focus=${q(pick(samples.entities, i).id)}&depth=2` }),
    },
    {
      name: 'entity details',
      method: 'GET',
      request: (i) => ({ path: `/api/entities/${q(pick(samples.entities, i).id)}` }),
    },
    {
      name: 'paths',
      target: 100,
      method: 'GET',
      request: (i) => {
        const [from, to] = pick(samples.pairs, i);
        return { path: `/api/paths?from=${q(from)}&to=${q(to)}&maxLength=4&k=3` };
      },
    },
    {
      name: 'cypher read',
      method: 'POST',
      request: (i) => ({
        path: '/api/cypher',
        body: JSON.stringify({
          query:
            'MATCH (e:Entity {id: $id})-[r]-(o:Entity) RETURN type(r) AS predicate, o.name AS other ' +
            'ORDER BY r.articleCount DESC LIMIT 25',
          params: { id: pick(samples.entities, i).id },
        }),
      }),
    },
  ];
}

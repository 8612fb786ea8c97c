import type { PathQuery } from '@newsgraph/schema';
import { byLengthThenIds, type PathRow } from '../queries/paths';
import type { MirrorData } from './mirror-data';

/** Hops from every entity within `most` hops of `to` (either direction), a bound no trail can beat. */
function hopsTo(data: MirrorData, to: number, most: number): Map<number, number> {
  const hops = new Map([[to, 0]]);
  let frontier = [to];
  for (let d = 1; d <= most && frontier.length > 0; d++) {
    const next: number[] = [];
    for (const x of frontier) {
      for (const { other } of data.adjacent[x] ?? []) {
        if (hops.has(other)) continue;
        hops.set(other, d);
        next.push(other);
      }
    }
    frontier = next;
  }
  return hops;
}

/**
 * The k shortest trails (no relation twice; nodes may repeat, as `SHORTEST k` matches) from memory, sorted as
 * `byLengthThenIds` sorts Neo4j's. When more trails are as short as the last one kept than there is room for, the
 * first of them in that order are kept (`SHORTEST` chooses its own). Undefined when a trail would cross a relation
 * from an entity to itself, or when an end is not in memory (or both ends are one).
 */
export function mirrorPathRows(data: MirrorData, query: PathQuery): PathRow[] | undefined {
  const from = data.byId.get(query.from);
  const to = data.byId.get(query.to);
  // A trail from an entity back to itself is left to Neo4j.
  if (from === undefined || to === undefined || from === to) return undefined;
  const hops = hopsTo(data, to, query.maxLength);
  if (!hops.has(from)) return [];
  const found: PathRow[] = [];
  for (let length = hops.get(from) as number; length <= query.maxLength && found.length < query.k; length++) {
    const group = firstTrails(data, from, to, length, query.k - found.length, hops);
    if (!group) return undefined;
    found.push(...group);
  }
  return found.sort(byLengthThenIds);
}

/**
 * The first `room` trails of exactly `length` hops from `from` to `to` by node ids, then relation ids. Relations
 * between the same two entities are interchangeable in a trail, so the node sequences are walked in id order (each
 * pair of entities passed no more often than relations join them), then each sequence's relations chosen in id
 * order. Undefined when one of those trails could cross a relation from an entity to itself.
 */
function firstTrails(
  data: MirrorData,
  from: number,
  to: number,
  length: number,
  room: number,
  hops: ReadonlyMap<number, number>,
): PathRow[] | undefined {
  const group: PathRow[] = [];
  const nodes = [from];
  // For hop i, the run of `byOther[nodes[i]]` holding the relations to `nodes[i + 1]`.
  const runs: [number, number][] = [];
  const passes = new Map<number, number>();
  const pairKey = (a: number, b: number): number => Math.min(a, b) * data.entities.length + Math.max(a, b);
  // Set when a trail could cross a relation from an entity to itself (how SHORTEST treats those is not modelled).
  const seen = { loop: false };

  const chooseRelations = (hop: number, edges: number[], used: Set<number>): void => {
    if (hop === length) {
      group.push({
        nodes: nodes.map((i) => data.entities[i]?.id ?? ''),
        edges: edges.map((r) => data.relations[r]?.id ?? ''),
        length,
      });
      return;
    }
    const [start, end] = runs[hop] as [number, number];
    const side = data.byOther[nodes[hop] as number] ?? [];
    for (let j = start; j < end && group.length < room; j++) {
      const relation = (side[j] as { relation: number }).relation;
      if (used.has(relation)) continue;
      used.add(relation);
      edges.push(relation);
      chooseRelations(hop + 1, edges, used);
      edges.pop();
      used.delete(relation);
    }
  };

  const walk = (x: number, left: number): void => {
    if (left === 0) {
      if (x === to) chooseRelations(0, [], new Set());
      return;
    }
    const side = data.byOther[x] ?? [];
    for (let j = 0; j < side.length && group.length < room && !seen.loop;) {
      const other = (side[j] as { other: number }).other;
      let end = j + 1;
      while (end < side.length && (side[end] as { other: number }).other === other) end++;
      const start = j;
      j = end;
      if ((hops.get(other) ?? Number.POSITIVE_INFINITY) > left - 1) continue;
      if (other === x) {
        seen.loop = true;
        return;
      }
      const key = pairKey(x, other);
      const passed = passes.get(key) ?? 0;
      if (passed >= end - start) continue;
      passes.set(key, passed + 1);
      nodes.push(other);
      runs.push([start, end]);
      walk(other, left - 1);
      runs.pop();
      nodes.pop();
      passes.set(key, passed);
    }
  };

  walk(from, length);
  return seen.loop ? undefined : group;
}

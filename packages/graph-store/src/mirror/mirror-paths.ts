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
 * The paths `SHORTEST k` finds (trails: no relation twice; nodes may repeat), from memory, when they are certain:
 * the k shortest, sorted as `byLengthThenIds` sorts Neo4j's. Undefined when more paths than there is room for are
 * as short as the last one kept (which of them `SHORTEST` returns is its own choice), when a trail would cross a
 * relation from an entity to itself, or when an end is not in memory (or both ends are one).
 */
export function mirrorPathRows(data: MirrorData, query: PathQuery): PathRow[] | undefined {
  const from = data.byId.get(query.from);
  const to = data.byId.get(query.to);
  // A trail from an entity back to itself is left to Neo4j.
  if (from === undefined || to === undefined || from === to) return undefined;
  const hops = hopsTo(data, to, query.maxLength);
  if (!hops.has(from)) return [];
  const found: PathRow[] = [];
  const nodes = [from];
  const edges: number[] = [];
  const used = new Set<number>();
  // Set when a trail would cross a relation from an entity to itself (how SHORTEST treats those is not modelled).
  const seen = { loop: false };
  // Every trail of exactly `left` more hops from x to `to`, while the room is not exceeded.
  const walk = (x: number, left: number, room: number, group: PathRow[]): void => {
    if (left === 0) {
      if (x === to) group.push(toRow(data, nodes, edges));
      return;
    }
    for (const { relation, other } of data.adjacent[x] ?? []) {
      if (seen.loop || group.length > room) return;
      if (used.has(relation) || (hops.get(other) ?? Number.POSITIVE_INFINITY) > left - 1) continue;
      if (other === x) {
        seen.loop = true;
        return;
      }
      used.add(relation);
      nodes.push(other);
      edges.push(relation);
      walk(other, left - 1, room, group);
      edges.pop();
      nodes.pop();
      used.delete(relation);
    }
  };
  for (let length = hops.get(from) as number; length <= query.maxLength; length++) {
    const room = query.k - found.length;
    const group: PathRow[] = [];
    walk(from, length, room, group);
    if (seen.loop || group.length > room) return undefined;
    found.push(...group);
    if (found.length === query.k) break;
  }
  return found.sort(byLengthThenIds);
}

function toRow(data: MirrorData, nodes: readonly number[], edges: readonly number[]): PathRow {
  return {
    nodes: nodes.map((i) => data.entities[i]?.id ?? ''),
    edges: edges.map((r) => data.relations[r]?.id ?? ''),
    length: edges.length,
  };
}

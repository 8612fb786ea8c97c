import { buildDetails, type MirrorDetails } from './mirror-details-data';
import { NO_DETAIL_ROWS, type DetailRows } from './mirror-details-load';
import type { MirrorEntity, MirrorRelation } from './mirror-load';
import { buildNameWords, type NameWords } from './name-words';

/** A relation as a neighbourhood walks it: its index in `relations` and the entity at its other end. */
export interface Adjacent {
  relation: number;
  other: number;
}

/** The graph's entities and relations at one change stamp, indexed for search and neighbourhoods. */
export interface MirrorData {
  readonly stamp: string;
  readonly entities: readonly MirrorEntity[];
  readonly relations: readonly MirrorRelation[];
  /** Relation indexes by their element id. */
  readonly relationById: ReadonlyMap<string, number>;
  readonly byId: ReadonlyMap<string, number>;
  /** Entity indexes in search order with nothing typed: most mentioned first, then name, then id. */
  readonly order: Int32Array;
  /** Each entity's place in `order`. */
  readonly position: Int32Array;
  /** Every search key with its entity, sorted, so the keys starting with a prefix are one run. */
  readonly keys: readonly string[];
  readonly keyOwner: Int32Array;
  /** Entities by each word of their name. */
  readonly byWord: ReadonlyMap<string, readonly number[]>;
  /** The words of names and aliases as the `entity_names` full-text index holds them, for search's other matches. */
  readonly nameWords: NameWords;
  /** Relations at each entity, either direction, and those starting there. */
  readonly adjacent: readonly (readonly Adjacent[])[];
  readonly outgoing: readonly (readonly number[])[];
  /** `adjacent` ordered by the other end's id, then the relation's id: the order paths are listed in. */
  readonly byOther: readonly (readonly Adjacent[])[];
  readonly details: MirrorDetails;
}

const mentions = (e: MirrorEntity): number => e.mentionCount ?? 0;

/** The order search ranks ties in: most mentioned, then name, then id (as strings compare in JavaScript). */
function bySearchOrder(entities: readonly MirrorEntity[]): (a: number, b: number) => number {
  return (a, b) => {
    const x = entities[a] as MirrorEntity;
    const y = entities[b] as MirrorEntity;
    return (
      mentions(y) - mentions(x) ||
      (x.name < y.name ? -1 : x.name > y.name ? 1 : 0) ||
      (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)
    );
  };
}

/** Adjacent relations by the other end's id, then the relation's id (as strings compare in JavaScript). */
function byOtherThenRelation(
  entities: readonly MirrorEntity[],
  relations: readonly MirrorRelation[],
): (a: Adjacent, b: Adjacent) => number {
  const compare = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return (a, b) =>
    compare(entities[a.other]?.id ?? '', entities[b.other]?.id ?? '') ||
    compare(relations[a.relation]?.id ?? '', relations[b.relation]?.id ?? '');
}

/** Indexes rows read at `stamp`; relations whose ends are missing are left out, as no MATCH would find them. */
export function buildMirror(
  stamp: string,
  entities: MirrorEntity[],
  relations: MirrorRelation[],
  details: DetailRows = NO_DETAIL_ROWS,
): MirrorData {
  const byId = new Map(entities.map((e, i) => [e.id, i]));
  const order = Int32Array.from(entities.keys()).sort(bySearchOrder(entities));
  const position = new Int32Array(entities.length);
  order.forEach((entity, place) => (position[entity] = place));
  const pairs: [string, number][] = [];
  const byWord = new Map<string, number[]>();
  entities.forEach((e, i) => {
    for (const key of new Set(e.keys)) pairs.push([key, i]);
    for (const word of new Set(e.words)) {
      const list = byWord.get(word);
      if (list) list.push(i);
      else byWord.set(word, [i]);
    }
  });
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  const adjacent: Adjacent[][] = entities.map(() => []);
  const outgoing: number[][] = entities.map(() => []);
  const kept: MirrorRelation[] = [];
  for (const r of relations) {
    const s = byId.get(r.source);
    const o = byId.get(r.target);
    if (s === undefined || o === undefined) continue;
    const relation = kept.push(r) - 1;
    outgoing[s]?.push(relation);
    adjacent[s]?.push({ relation, other: o });
    if (o !== s) adjacent[o]?.push({ relation, other: s });
  }
  return {
    stamp,
    entities,
    relations: kept,
    relationById: new Map(kept.map((r, i) => [r.id, i])),
    byId,
    order,
    position,
    keys: pairs.map(([key]) => key),
    keyOwner: Int32Array.from(pairs.map(([, owner]) => owner)),
    byWord,
    nameWords: buildNameWords(entities),
    adjacent,
    outgoing,
    byOther: adjacent.map((list) => [...list].sort(byOtherThenRelation(entities, kept))),
    details: buildDetails(details, byId),
  };
}

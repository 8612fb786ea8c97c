import type { EntitySearchQuery, EntitySummary } from '@newsgraph/schema';
import type { OtherMatchesQuery } from '../queries/search-entities';
import type { MirrorData } from './mirror-data';
import { prefixScores } from './name-words';

/** The first index in sorted `keys` not below `raw`. */
function lowerBound(keys: readonly string[], raw: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] as string) < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How close each entity matching `raw` is: 0 when a search key is `raw` (exact name or alias), else 1 when a word
 * of the name is, else 2 when a search key starts with it: the score bands of the `entity_search` query.
 */
function closeness(data: MirrorData, raw: string): Map<number, number> {
  const found = new Map<number, number>();
  for (let k = lowerBound(data.keys, raw); k < data.keys.length; k++) {
    const key = data.keys[k] as string;
    if (!key.startsWith(raw)) break;
    const owner = data.keyOwner[k] as number;
    const band = key === raw ? 0 : 2;
    if (band < (found.get(owner) ?? 3)) found.set(owner, band);
  }
  for (const owner of data.byWord.get(raw) ?? []) if ((found.get(owner) ?? 3) > 1) found.set(owner, 1);
  return found;
}

const summary = (data: MirrorData, i: number): EntitySummary => {
  const e = data.entities[i];
  if (!e) throw new Error(`no entity at ${i} in the mirror`);
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    mentionCount: e.mentionCount ?? 0,
    articleCount: e.articleCount,
  };
};

/**
 * The exact, whole-word and prefix matches of a search, ranked as `searchEntities` ranks Lucene's hits (band, then
 * most mentioned, name, id; lone given names left out): the first `offset + limit` of them, or all when fewer.
 */
export function mirrorMatches(data: MirrorData, query: EntitySearchQuery): EntitySummary[] {
  const need = (query.offset ?? 0) + query.limit;
  const raw = query.q.trim().toLowerCase();
  const fits = (i: number): boolean => {
    const e = data.entities[i];
    return e !== undefined && !e.lone && (query.type === undefined || e.type === query.type);
  };
  const out: EntitySummary[] = [];
  if (!raw) {
    for (const i of data.order) {
      if (out.length >= need) break;
      if (fits(i) && data.entities[i]?.ranked) out.push(summary(data, i));
    }
    return out;
  }
  const found = [...closeness(data, raw)].filter(([i]) => fits(i));
  const rank = ([i, band]: [number, number]): number => band * data.entities.length + (data.position[i] as number);
  found.sort((a, b) => rank(a) - rank(b));
  return found.slice(0, need).map(([i]) => summary(data, i));
}

/**
 * Search's other matches (`OTHERS`: a later word of the name or of an alias starts with what was typed) from memory,
 * ordered as that query orders Lucene's hits (score, then most mentioned, then id). Only for one word typed, whose
 * prefix query scores every hit by the fields it matches alone; several words bring BM25 scores, which depend on the
 * index's statistics: undefined then, and when an entity whose words are not sure might match.
 */
export function mirrorOtherMatches(data: MirrorData, rest: OtherMatchesQuery): EntitySummary[] | undefined {
  const [word, ...more] = rest.words;
  if (word === undefined || more.length > 0) return undefined;
  const scores = prefixScores(data.nameWords, word);
  if (!scores) return undefined;
  const seen = new Set(rest.seen);
  const hits: { i: number; score: number; mentions: number; id: string }[] = [];
  for (const [i, score] of scores) {
    const e = data.entities[i];
    if (!e || e.lone || (rest.type !== null && e.type !== rest.type) || seen.has(e.id)) continue;
    // Cypher orders a missing count first when descending, as null is the largest value.
    hits.push({ i, score, mentions: e.mentionCount ?? Number.POSITIVE_INFINITY, id: e.id });
  }
  hits.sort((a, b) =>
    a.score !== b.score
      ? b.score - a.score
      : a.mentions !== b.mentions
        ? b.mentions > a.mentions
          ? 1
          : -1
        : a.id < b.id
          ? -1
          : a.id > b.id
            ? 1
            : 0,
  );
  return hits.slice(rest.offset, rest.offset + rest.limit).map(({ i }) => summary(data, i));
}

import type { Candidate } from '../types';

/** The country named most often, at least twice and more often than any other: it scopes generic agencies and titles. */
export function dominantCountry(candidates: readonly Candidate[]): string | undefined {
  const counts = new Map<string, number>();
  for (const c of candidates) if (c.type === 'Country' && c.id) counts.set(c.id, (counts.get(c.id) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  if (top && top[1] >= 2 && top[1] > (ranked[1]?.[1] ?? 0)) return top[0].slice('country:'.length);
  return undefined;
}

import type { Doc, Region, RegionKind } from '../types';

/** Region kinds whose words are not the story's at all: nothing in them is an entity. */
export const SILENT: ReadonlySet<RegionKind> = new Set<RegionKind>(['signoff', 'byline', 'table']);

/** Index of the first region (sorted, non-overlapping) that ends after `at`, by binary search. */
function firstEndingAfter(regions: readonly Region[], at: number): number {
  let lo = 0;
  let hi = regions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((regions[mid]?.end ?? 0) > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The region containing offset `at`, if any. */
export function regionAt(doc: Doc, at: number): Region | undefined {
  const r = doc.regions[firstEndingAfter(doc.regions, at)];
  return r && r.start <= at ? r : undefined;
}

/** True when the span [start, end) runs across a region's edge, gluing a headline or dateline to what follows. */
export function crossesRegion(doc: Doc, start: number, end: number): boolean {
  const r = doc.regions[firstEndingAfter(doc.regions, start)];
  return r !== undefined && r.start < end && (start < r.start || r.end < end);
}

import type { Doc, Region, RegionKind } from '../types';

/** Region kinds whose words are not the story's at all: nothing in them is an entity. */
export const SILENT: ReadonlySet<RegionKind> = new Set<RegionKind>(['signoff', 'byline']);

/** The region containing offset `at`, if any (regions are few, so a scan is enough). */
export function regionAt(doc: Doc, at: number): Region | undefined {
  return doc.regions.find((r) => r.start <= at && at < r.end);
}

/** True when the span [start, end) runs across a region's edge, gluing a headline or dateline to what follows. */
export function crossesRegion(doc: Doc, start: number, end: number): boolean {
  return doc.regions.some((r) => (start < r.start && r.start < end) || (start < r.end && r.end < end));
}

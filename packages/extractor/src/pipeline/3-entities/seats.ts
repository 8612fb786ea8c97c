import { isSeatOfGovernment } from '../../knowledge/seats';
import { flat } from '../../text/flat';
import type { Candidate, Doc } from '../types';

// what one goes to, is in or is received at is the building: "at the White House", "welcome you to the White House"
const PLACE_BEFORE =
  /\b(?:at|to|into|in|inside|outside|from|near|toward|towards|around|across|visit|visits|visited|visiting|tour|toured|left|leave|leaving|entered|enter|leaves|arrive at|arrived at)\s+(?:the\s+)?$/i;
const PLACE_AFTER = /^(?:['’]s)?\s+(?:lawn|grounds|gates?|fence|complex|building|residence|balcony|roof|kitchen)\b/i;

/** True when the mention reads as the building rather than the government that sits in it. */
function readsAsBuilding(doc: Doc, c: Candidate): boolean {
  return (
    PLACE_BEFORE.test(flat(doc.norm.slice(Math.max(0, c.start - 24), c.start))) ||
    PLACE_AFTER.test(flat(doc.norm.slice(c.end, c.end + 20)))
  );
}

/**
 * A seat of government the article mostly talks of as the government ("the White House announced", "White House
 * officials") is the body, not the building; one it mostly goes to or is received at stays a place.
 */
export function retypeSeats(doc: Doc, candidates: Candidate[]): Candidate[] {
  const seats = candidates.filter(
    (c) => c.mention === 'name' && !c.id && c.type === 'Location' && isSeatOfGovernment(doc.norm.slice(c.start, c.end)),
  );
  const byName = new Map<string, Candidate[]>();
  for (const c of seats) {
    const name = doc.norm.slice(c.start, c.end).replace(/\s+/g, ' ');
    byName.set(name, [...(byName.get(name) ?? []), c]);
  }
  const bodies = new Set<Candidate>();
  for (const mentions of byName.values()) {
    const building = mentions.filter((c) => readsAsBuilding(doc, c)).length;
    if (building * 2 < mentions.length) for (const c of mentions) bodies.add(c);
  }
  return bodies.size === 0 ? candidates : candidates.map((c) => (bodies.has(c) ? { ...c, type: 'Organization' } : c));
}

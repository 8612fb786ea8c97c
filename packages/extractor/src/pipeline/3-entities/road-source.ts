import { slugify } from '../../text/slug';
import type { Candidate, Doc } from '../types';

// a numbered road: an interstate ("I-80", "I - 244", "Interstate 95"), or a British motorway or A road after "the" or a
// bracket ("the M62", "the A64", "(A1237)"); the number stands alone, as "M1 Abrams" or "A10 Warthog" name a tank and a
// jet, not a road
const ROAD =
  /(?<![\p{L}\d-])(?:(?:I ?- ?|Interstate )([1-9]\d{0,2})|(?<=(?:\bthe |\())([AM][1-9]\d{0,3}(?:\(M\))?))(?![\p{L}\d-]|\.\d| (?!(?:North|South|East|West)\b)\p{Lu})/gu;
// a road is only read so where the words around it speak of driving on roads: a form ("Form I-130"), a paper size
// ("A4") or a grade ("A1") is no road
const ROAD_TALK =
  /\b(?:roads?|routes?|highways?|motorways?|freeways?|expressways?|turnpikes?|interstates?|junctions?|exits?|lanes?|bypass|ring road|traffic|drive|driving|drove|take|taking|follow|along|(?:north|south|east|west)bound|miles?|km|kilometres?|kilometers?|congested|bridges?|tunnels?)\b/i;
const WINDOW = 160;

/** The display name of a road: "I-244" for "I - 244" and "Interstate 244", the motorway's number as written. */
function roadName(interstate: string | undefined, british: string | undefined): string {
  return interstate !== undefined ? `I-${interstate}` : (british ?? '');
}

/**
 * Candidate source: numbered roads (interstates, British motorways and A roads) named where the text speaks of roads,
 * as places, each number one entity however it is spaced ("I - 44" and "I-44").
 */
export function roadCandidates(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  for (const m of doc.norm.matchAll(ROAD)) {
    const start = m.index;
    const end = start + m[0].length;
    const around = doc.norm.slice(Math.max(0, start - WINDOW), end + WINDOW);
    if (!ROAD_TALK.test(around)) continue;
    if (/\bForms?\s*$/i.test(doc.norm.slice(Math.max(0, start - 8), start))) continue;
    const name = roadName(m[1], m[2]);
    out.push({
      start,
      end,
      type: 'Location',
      mention: 'name',
      priority: 24,
      source: 'road',
      id: `loc:${slugify(name)}`,
      name,
    });
  }
  return out;
}

import { flat } from '../../text/flat';
import type { Candidate, Doc } from '../types';

const UNIVERSITY = /\bUniversity\b/;
const AT_PLACE = /^ at (\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,2})/u;

/**
 * Extends a university's name over the campus that completes it ("University of Texas at Arlington",
 * "University of California at Berkeley"), taking in the place candidate the campus was read as; the place
 * stays reachable as a nested mention of the longer name.
 */
export function extendCampusNames(doc: Doc, candidates: Candidate[]): Candidate[] {
  let out = candidates;
  for (const c of candidates) {
    if (c.mention !== 'name' || c.type !== 'Organization' || !UNIVERSITY.test(doc.norm.slice(c.start, c.end))) continue;
    const m = AT_PLACE.exec(flat(doc.norm.slice(c.end, c.end + 60)));
    const campus = m?.[1]?.replace(/\.$/, '');
    if (!campus) continue;
    const placeStart = c.end + 4;
    const end = placeStart + campus.length;
    const place = out.find(
      (o) => o.start === placeStart && o.end === end && (o.type === 'Location' || o.type === 'Country'),
    );
    if (!place) continue;
    out = out.filter((o) => o !== c && o !== place).concat({ ...c, end });
  }
  return out === candidates ? candidates : out.sort((a, b) => a.start - b.start);
}

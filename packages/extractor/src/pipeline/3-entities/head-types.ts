import type { Candidate, Doc } from '../types';

// what happened, not who acts: "the Stonewall Uprising", "the Tulsa Massacre", "National Pediatric Transplant Week"
const EVENT_HEAD =
  /\s(?:Uprising|Massacre|Riots?|Revolution|War|Week|Month|Festival|Olympics|Marathon|Parade|Pilgrimage)$/;
// built or natural sites, not bodies: "Blackwell School National Historic Site", "the United Steelworkers Building"
const SITE_HEAD = /\s(?:Monument|Historic Site|Memorial|Temple|Building|Bridge|Strait|Canal|Dam|Reservoir)$/;

// a treasury is a department, never a place: "Secretary of Treasury" is read as a place by the tagger
const BODY_NAME = /^(?:[\w.]+ )?Treasury$/;

/** Retypes the tagger's "organisations" whose head word names an event or a site; a body's own head word wins. */
export function retypeByHead(doc: Doc, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (c.mention !== 'name' || c.id) return c;
    const text = doc.norm.slice(c.start, c.end).replace(/\s+/g, ' ');
    if (c.type === 'Location' && BODY_NAME.test(text)) return { ...c, type: 'Organization' };
    if (c.type !== 'Organization') return c;
    if (EVENT_HEAD.test(text)) return { ...c, type: 'Event' };
    if (SITE_HEAD.test(text)) return { ...c, type: 'Location' };
    return c;
  });
}

import { ORG_CUES } from '../../knowledge/cues';
import type { Candidate, Doc } from '../types';

// what happened, not who acts: "the Stonewall Uprising", "the Tulsa Massacre", "National Pediatric Transplant Week"
const EVENT_HEAD =
  /\s(?:Uprising|Massacre|Riots?|Revolution|War|Week|Month|Festival|Olympics|Marathon|Parade|Pilgrimage|Summits?)$/;
// built or natural sites, not bodies: "Blackwell School National Historic Site", "the United Steelworkers Building"
const SITE_HEAD =
  /\s(?:Monument|Historic Site|Memorial|Temple|Building|Bridge|Strait|Canal|Dam|Reservoir|Expressway|Freeway|Highway|Boulevard|Avenue|Minster|Cathedral|Ice Shelf|(?:Nature|Game|Scenic) Reserve)$/;
// a river, lake or mountain named by its kind in front: "the River Ouse", "Lake Taupo", "Mount Cook"
const SITE_OPENING = /^(?:River|Lake|Mount|Mt\.|Cape) \p{Lu}/u;
// rooms and grounds of a seat of government, which the tagger reads as bodies or people: "in the Oval Office"
const ROOM = /^(?:Oval Office|Capitol|(?:\p{Lu}\p{L}+ )+Room|Rose Garden|(?:South|North) Lawn)$/u;
// a named storm is an event, whatever the name after the storm's kind reads as ("Hurricane Milton", "Typhoon Haiyan")
const STORM_KIND =
  '(?:Hurricane|(?:Tropical|Winter|Subtropical) (?:Storm|Depression)|(?:Super )?Typhoon|Cyclone|Superstorm)';
const STORM = new RegExp(`^${STORM_KIND} \\p{Lu}`, 'u');
const STORM_BEFORE = new RegExp(`(?:^|[^\\p{L}])${STORM_KIND}[ \\t]+$`, 'u');

// a treasury is a department, never a place: "Secretary of Treasury" is read as a place by the tagger
const BODY_NAME = /^(?:[\w.]+ )?Treasury$/;

/** A storm's name with its kind in front, when the tagger left the kind out ("Hurricane" before "Milton"). */
function stormStart(doc: Doc, c: Candidate): number | undefined {
  const m = STORM_BEFORE.exec(doc.norm.slice(Math.max(0, c.start - 30), c.start));
  return m ? c.start - m[0].length + (/^[^\p{L}]/u.test(m[0]) ? 1 : 0) : undefined;
}

/** Retypes names whose head word or opening names an event, a site or a room; a body's own head word wins. */
export function retypeByHead(doc: Doc, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (c.mention !== 'name' || c.id) return c;
    const text = doc.norm.slice(c.start, c.end).replace(/\s+/g, ' ');
    if (c.type !== 'Country' && c.type !== 'Event') {
      if (STORM.test(text)) return { ...c, type: 'Event' };
      const from = stormStart(doc, c);
      if (from !== undefined && !text.includes(' ')) return { ...c, start: from, type: 'Event' };
    }
    if (c.type === 'Location' && BODY_NAME.test(text)) return { ...c, type: 'Organization' };
    if (c.type !== 'Organization' && c.type !== 'Person') return c;
    const bodyWord = text.split(' ').some((w) => w in ORG_CUES || /^(?:Hospital|School|Church|Club)$/.test(w));
    if (ROOM.test(text) || SITE_HEAD.test(text) || (SITE_OPENING.test(text) && !bodyWord))
      return { ...c, type: 'Location' };
    if (c.type === 'Organization' && EVENT_HEAD.test(text)) return { ...c, type: 'Event' };
    return c;
  });
}

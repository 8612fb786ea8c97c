import { lookupCountry } from '../../knowledge/countries';
import { isKnownPlace } from '../../knowledge/lexicon';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const CITY_CAPS = "[A-Z][A-Z'.]*(?:[ -][A-Z][A-Z'.]*){0,3}";
const CITY_MIXED = '[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}';
const PLACE_TAIL = '(?: ?, ?[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,3})?';
const DATE = `(?:,? ${MONTH} \\d{1,2}(?:, \\d{4})?| \\d{4}-\\d{2}-\\d{2})`;
const AGENCY =
  ' ?(?:\\((?:AP|Reuters?|AFP|UPI|Xinhua|dpa|DPA|Bloomberg|CNN|IANS|PTI|Kyodo|Tass|TASS|BBC)\\)|/[A-Za-z-]+/)';
const DASH = ' ?[-\u2013\u2014]{1,3}';
// the dash before the story, or closing a dateline that stands alone above a table ("CLEVELAND, March 9 -")
const AFTER_DASH = '(?=\\s|$)';
// "LONDON, March 23 -", "WASHINGTON (AP) —", "TOKYO, Feb 26 -", "London, March 23 (Reuters) -", "Oct 12 (Reuters) -"
const DATED = new RegExp(
  `^(?:${CITY_CAPS}${PLACE_TAIL}${DATE}(?:${AGENCY})?|${CITY_CAPS}${PLACE_TAIL}${AGENCY}|${CITY_MIXED}${PLACE_TAIL}${DATE}(?:${AGENCY})?` +
    `|${CITY_MIXED}${PLACE_TAIL}${AGENCY}|${MONTH} \\d{1,2}${AGENCY})${DASH}${AFTER_DASH}`,
);
// "BEIJING --": a bare place needs to be one, or any capitals word before a dash ("AIDS -") would pass
const BARE = new RegExp(`^(${CITY_CAPS})${PLACE_TAIL}${DASH}(?=\\s)`);
// a dateline on a line of its own: "LONDON 1996-08-30", "AL-AIN, United Arab Emirates 1996-12-06"
const WHOLE_LINE = new RegExp(`^(?:${CITY_CAPS}|${CITY_MIXED})${PLACE_TAIL}${DATE}(?:${AGENCY})?\\s*$`);

/** Length of the dateline opening `para` ("OTTAWA, March 23 -"), or 0; `para` starts at the paragraph's first word. */
export function datelineLength(para: string): number {
  const head = para.slice(0, 120);
  const dated = DATED.exec(head);
  if (dated) return dated[0].length;
  const bare = BARE.exec(head);
  const place = bare?.[1]?.toLowerCase() ?? '';
  const titled = place.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  if (bare && (isKnownPlace(place) || lookupCountry(titled)?.kind === 'name')) return bare[0].length;
  const whole = WHOLE_LINE.exec(head.split('\n', 1)[0] ?? '');
  return whole ? whole[0].trimEnd().length : 0;
}

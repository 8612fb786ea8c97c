import type { Doc, EntityDraft, LinkedMention } from '../types';

/** What follows a dateline's place: a region, a date, an agency in brackets, then the dash that opens the story. */
const DATELINE_TAIL =
  /^(?:,\s*[A-Z][\w.']*(?:\s+[A-Z][\w.']*){0,2})?\s*(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)\s*)?(?:\([^)\n]{1,30}\)\s*)?(?:[-—–]|\s--)/;
/** Wire services and broadcasters that file from datelines; a story's place is never their seat. */
const NEWS_AGENCY =
  /^(?:Reuters?|REUTERS?|AP|Associated Press|AFP|Agence France[- ]Presse|UPI|United Press International|Xinhua|XINHUA|Kyodo|KYODO|Tass|TASS|Itar-Tass|ITAR-TASS|Interfax|INTERFAX|BBC|CNN|dpa|DPA|ANSA|EFE|Yonhap|IRNA|KCNA|MENA|Bernama|Antara|AZAP|Jiji|Bloomberg)(?:\s+(?:news\s+agency|News Agency|World Service))?$/;

/** A mention that opens a line and is followed by a dateline's tail: "LONDON, March 3 -", "NEW YORK (AP) —". */
export function inDateline(doc: Doc, m: LinkedMention): boolean {
  const lineStart = doc.norm.lastIndexOf('\n', m.start - 1) + 1;
  if (doc.norm.slice(lineStart, m.start).trim() !== '') return false;
  return DATELINE_TAIL.test(doc.norm.slice(m.end, m.end + 60));
}

/** A wire service or broadcaster, by its kind or its name. */
export function isNewsAgency(e: EntityDraft | undefined): boolean {
  return !!e && e.type === 'Organization' && (e.kind === 'media' || NEWS_AGENCY.test(e.name));
}

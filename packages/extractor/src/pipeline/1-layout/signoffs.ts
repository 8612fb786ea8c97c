const AGENCY_LINE = /^(?:-{1,3} ?)?(?:Reuters?|REUTERS?|AP|AFP|UPI|Associated Press)\s*$/;
const CREDITS =
  /(?:^|\n)\s*(\((?:Reporting|Additional reporting|Writing|Written|Editing|Edited|Compiled|Research|Graphics)\b[^()]{0,300}\))\s*$/i;
const CREDITS_TAIL = 400;
const TRAILING_AGENCY = /(?<=[.!?"')]\s+)(?:Reuter|REUTER)\s*$/;
// "By JANE DOE", "By Jane Doe, Associated Press Writer", "*By: Jane Doe and John Roe, Co-Chairs of the Council*"
const BYLINE =
  /^[*_]*By:?\s+\p{Lu}[\p{L}.'-]*(?:,?\s+(?:and\s+)?\p{Lu}[\p{L}.'-]*){0,7}(?:,\s+[^.!?]{0,120})?[*_]*\s*$/u;

// a signed document's place line ("THE WHITE HOUSE,") and the date line under it ("January 26, 2021.")
const SUBSCRIPTION_PLACE = /^(?:\p{Lu}[\p{Lu}.'’-]*\s+){0,4}\p{Lu}[\p{Lu}.'’-]*,$/u;
const SUBSCRIPTION_DATE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}\.?$/;

/** True for the place line of a signed document's closing subscription, given the next non-blank line. */
export function isSubscriptionPlace(line: string, next: string): boolean {
  return SUBSCRIPTION_PLACE.test(line.trim()) && SUBSCRIPTION_DATE.test(next.trim());
}

/** True for a line that is only an agency's sign-off ("Reuter", "-- Reuters", "AP"). */
export function isAgencyLine(line: string): boolean {
  return AGENCY_LINE.test(line.trim());
}

/** Where the closing credits start and end ("(Reporting by Jane Doe; Editing by John Roe)"), if the text ends with them. */
export function creditsSpan(text: string): [number, number] | undefined {
  const from = Math.max(0, text.length - CREDITS_TAIL);
  const m = CREDITS.exec(text.slice(from));
  if (!m?.[1]) return undefined;
  const start = from + m.index + m[0].indexOf(m[1]);
  return [start, start + m[1].length];
}

/** Offset within `para` of a "Reuter" sign-off glued to the story's last sentence, or -1. */
export function trailingAgency(para: string): number {
  const m = TRAILING_AGENCY.exec(para.slice(-40));
  return m ? para.length - Math.min(para.length, 40) + m.index : -1;
}

/** True for a byline: "By JANE DOE", "By Jane Doe, Associated Press Writer". */
export function isByline(line: string): boolean {
  return BYLINE.test(line.trim());
}

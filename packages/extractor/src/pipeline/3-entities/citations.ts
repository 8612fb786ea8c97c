import type { Candidate, Doc } from '../types';

// what cites a bill, a statute or a section and names nothing: "H.R. 1652", "S. 321", "42 U.S.C. 1983", "Sec. 3"
const CITATION_PREFIX =
  /^(?:H\.\s?R\.?|H\.\s?J\.\s?Res\.?|S\.\s?J\.\s?Res\.?|H\.\s?Res\.?|S\.\s?Res\.?|H\.\s?Con\.\s?Res\.?|S\.\s?Con\.\s?Res\.?|U\.S\.C\.?(?:\s?App\.?)?|C\.F\.R\.?|Pub\.\s?L\.?|Sec\.?|SEC\.?|Secs?\.?|S\.|S\.\s?B\.|A\.\s?B\.|H\.\s?B\.|P\.\s?L\.|E\.O\.?)$/;
// prefixes that cite whatever follows them; a one-letter "S." or a state bill's "S.B." only before a number
const ALWAYS_CITES =
  /^(?:H\.\s?R|H\.\s?J\.\s?Res|S\.\s?J\.\s?Res|H\.\s?Res|S\.\s?Res|H\.\s?Con\.\s?Res|S\.\s?Con\.\s?Res|U\.S\.C|C\.F\.R|Sec)\b/;

/** True when the span is a citation's prefix: a bill, statute or section number follows it, or it only ever cites. */
export function isCitation(doc: Doc, c: Candidate): boolean {
  const text = doc.norm.slice(c.start, c.end);
  if (!CITATION_PREFIX.test(text)) return false;
  if (ALWAYS_CITES.test(text)) return true;
  return /^\.?\s?(?:<\/[a-z]+>\.?\s*)?\d/.test(doc.norm.slice(c.end, c.end + 12));
}

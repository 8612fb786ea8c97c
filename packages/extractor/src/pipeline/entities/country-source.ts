import { lookupCountry, MAX_COUNTRY_TOKENS } from '../../knowledge/countries';
import { isCapitalised } from '../../text/tokens';
import type { Candidate, Doc } from '../types';

/** Candidate source: country names, aliases (US, America) and demonyms (Chinese), with ISO-code ids. */
export function countryCandidates(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i];
      if (!first || !isCapitalised(first.text)) continue;
      for (let n = Math.min(MAX_COUNTRY_TOKENS, tokens.length - i); n >= 1; n--) {
        const last = tokens[i + n - 1];
        if (!last) continue;
        const form = doc.norm.slice(first.start, last.end);
        const hit = lookupCountry(form);
        if (!hit) continue;
        // "the US" but not "US-made"; demonyms glued to a hyphen ("Chinese-made") still count
        out.push({
          start: first.start, end: last.end, type: 'Country', mention: hit.kind, priority: 10, source: 'country',
          id: `country:${hit.country.code}`, name: hit.country.name,
        });
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

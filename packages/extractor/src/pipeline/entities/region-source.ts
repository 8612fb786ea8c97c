import { MAX_REGIONAL_WORDS, regionOfDemonym } from '../../knowledge/regional-demonyms';
import { slugify } from '../../text/slug';
import { isCapitalised } from '../../text/tokens';
import type { Candidate, Doc } from '../types';

/**
 * Candidate source: adjectives of regions and former realms ("European", "Kurdish", "Ottoman") as `demonym` mentions
 * of the place, with the id its name gets ("loc:europe"), so that "European" and "Europe" are one entity.
 */
export function regionCandidates(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i];
      if (!first || !isCapitalised(first.text)) continue;
      for (let n = Math.min(MAX_REGIONAL_WORDS, tokens.length - i); n >= 1; n--) {
        const last = tokens[i + n - 1];
        if (!last) continue;
        const place = regionOfDemonym(doc.norm.slice(first.start, last.end));
        if (!place) continue;
        out.push({
          start: first.start, end: last.end, type: 'Location', mention: 'demonym', priority: 10, source: 'region',
          id: `loc:${slugify(place)}`, name: place,
        });
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

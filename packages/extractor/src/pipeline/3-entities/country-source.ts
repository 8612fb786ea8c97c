import { lookupCountry, MAX_COUNTRY_TOKENS } from '../../knowledge/countries';
import type { Candidate, Doc } from '../types';
import { scanCapitalisedPhrases } from './phrase-scan';

/** Candidate source: country names, aliases (US, America) and demonyms (Chinese), with ISO-code ids. */
export function countryCandidates(doc: Doc): Candidate[] {
  return scanCapitalisedPhrases(doc, MAX_COUNTRY_TOKENS, (form, start, end): Candidate | undefined => {
    const hit = lookupCountry(form);
    if (!hit) return undefined;
    return {
      start,
      end,
      type: 'Country',
      mention: hit.kind,
      priority: 10,
      source: 'country',
      id: `country:${hit.country.code}`,
      name: hit.country.name,
    };
  });
}

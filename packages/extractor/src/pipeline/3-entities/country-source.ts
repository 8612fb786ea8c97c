import { lookupCountry, MAX_COUNTRY_TOKENS } from '../../knowledge/countries';
import type { Candidate, Doc } from '../types';
import { georgiaIsCountry } from './georgia';
import { scanCapitalisedPhrases } from './phrase-scan';

/** Candidate source: country names, aliases (US, America) and demonyms (Chinese), with ISO-code ids. */
export function countryCandidates(doc: Doc): Candidate[] {
  return scanCapitalisedPhrases(doc, MAX_COUNTRY_TOKENS, (form, start, end): Candidate | undefined => {
    const hit = lookupCountry(form);
    if (!hit) return undefined;
    // in White House and US news "Georgia" is mostly the state: the country only where the text says so
    if (
      hit.country.code === 'GE' &&
      !georgiaIsCountry(
        doc,
        doc.sentences.find((s) => s.start <= start && start < s.end),
      )
    )
      return {
        start,
        end,
        type: 'Location',
        mention: hit.kind,
        priority: 10,
        source: 'country',
        id: 'loc:georgia',
        name: 'Georgia',
      };
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

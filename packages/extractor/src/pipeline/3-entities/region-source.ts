import { MAX_REGIONAL_WORDS, regionOfDemonym } from '../../knowledge/regional-demonyms';
import { slugify } from '../../text/slug';
import type { Candidate, Doc } from '../types';
import { scanCapitalisedPhrases } from './phrase-scan';

/**
 * Candidate source: adjectives of regions and former realms ("European", "Kurdish", "Ottoman") as `demonym` mentions
 * of the place, with the id its name gets ("loc:europe"), so that "European" and "Europe" are one entity.
 */
export function regionCandidates(doc: Doc): Candidate[] {
  return scanCapitalisedPhrases(doc, MAX_REGIONAL_WORDS, (form, start, end): Candidate | undefined => {
    const place = regionOfDemonym(form);
    if (!place) return undefined;
    return {
      start,
      end,
      type: 'Location',
      mention: 'demonym',
      priority: 10,
      source: 'region',
      id: `loc:${slugify(place)}`,
      name: place,
    };
  });
}

import { MISC_SOURCE } from './ner-source';
import type { Candidate } from '../types';

const VETOED_SOURCES = new Set(['chunk', 'country']);

/**
 * Drops rule guesses of people, organisations and places that a confident tagger MISC span covers:
 * "U.S." in "U.S. Open", "American League"; a country's own demonym ("Thai") is kept.
 */
export function vetoInsideMisc(all: Candidate[]): Candidate[] {
  const misc = all.filter((c) => c.source === MISC_SOURCE);
  return all.filter((c) => {
    if (c.source === MISC_SOURCE) return false;
    if (!VETOED_SOURCES.has(c.source) || c.mention === 'demonym') return true;
    if (c.type !== 'Person' && c.type !== 'Organization' && c.type !== 'Location' && c.type !== 'Country') return true;
    return !misc.some(
      (m) => m.start <= c.start && c.end <= m.end && (c.source === 'chunk' || m.end - m.start > c.end - c.start),
    );
  });
}

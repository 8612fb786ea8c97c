import { agencyCandidates } from './agency-source';
import { chunkCandidates } from './chunk-source';
import { extendCampusNames } from './campus-names';
import { attachCompanySuffixes } from './company-suffix';
import { harmoniseNames } from './consistency';
import { dropLayoutNoise } from './layout-filter';
import { countryCandidates } from './country-source';
import { MISC_SOURCE, nerCandidates } from './ner-source';
import { dropNonNames, trimPersonNames } from './not-names';
import { retypeListedPlaces } from './list-places';
import { retypeProgrammes } from './programme-types';
import { principleCandidates } from './principle-source';
import { regionCandidates } from './region-source';
import { adoptLongerTypes } from './short-form-types';
import { resolveOverlaps } from './resolve';
import { retypeNames } from './retype';
import { speakerCandidates } from './speaker-source';
import { splitGluedPeople } from './split-glued';
import type { Candidate, Doc } from '../types';

/** The candidate sources, in the order they run; each is a plain function so new ones plug in here. */
export const CANDIDATE_SOURCES: readonly ((doc: Doc) => Candidate[])[] = [
  countryCandidates,
  regionCandidates,
  chunkCandidates,
  agencyCandidates,
  principleCandidates,
  nerCandidates,
  speakerCandidates,
];

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

/** Stage 3: collects typed spans from every source, keeps the best non-overlapping ones, finds the dominant country. */
export function findEntities(doc: Doc): Doc {
  const all = dropLayoutNoise(
    doc,
    CANDIDATE_SOURCES.flatMap((source) => source(doc)),
  );
  const kept = adoptLongerTypes(doc, resolveOverlaps(doc.norm, vetoInsideMisc(all)));
  const harmonised = harmoniseNames(
    doc,
    kept,
    all.filter((c) => c.source === MISC_SOURCE),
  );
  const retyped = retypeListedPlaces(
    doc,
    retypeNames(doc, splitGluedPeople(doc, extendCampusNames(doc, attachCompanySuffixes(doc, harmonised)))),
  );
  doc.candidates = retypeProgrammes(doc, dropNonNames(doc, trimPersonNames(doc, retyped)));
  const counts = new Map<string, number>();
  for (const c of doc.candidates) if (c.type === 'Country' && c.id) counts.set(c.id, (counts.get(c.id) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  if (top && top[1] >= 2 && top[1] > (ranked[1]?.[1] ?? 0)) doc.dominantCountry = top[0].slice('country:'.length);
  return doc;
}

import { agencyCandidates } from './agency-source';
import { dropAwards } from './awards';
import { extendCampusNames } from './campus-names';
import { dropCaseParties } from './case-names';
import { chunkCandidates } from './chunk-source';
import { attachCompanySuffixes } from './company-suffix';
import { harmoniseNames } from './consistency';
import { countryCandidates } from './country-source';
import { dominantCountry } from './dominant-country';
import { dropEthnicCompounds } from './ethnic-compounds';
import { eventCandidates } from './event-source';
import { dropGenericWords } from './generic-words';
import { dropLoneGivenNames } from './given-names';
import { dropHeadingPhrases } from './heading-phrases';
import { retypeByHead } from './head-types';
import { joinHeadlineNames } from './headline-names';
import { dropLayoutNoise } from './layout-filter';
import { mediaFromMisc } from './media-agents';
import { fitNameExtents } from './name-extents';
import { retypeListedPeople } from './listed-people';
import { retypeListedPlaces } from './list-places';
import { retypeMarkedPlaces } from './marked-places';
import { retypeSeats } from './seats';
import { vetoInsideMisc } from './misc-veto';
import { MISC_SOURCE, nerCandidates } from './ner-source';
import { dropNonNames, trimPersonNames } from './not-names';
import { dropPhraseAcronyms } from './phrase-acronyms';
import { dropPostPortfolios } from './post-portfolios';
import { principleCandidates } from './principle-source';
import { retypeProgrammes } from './programme-types';
import { regionCandidates } from './region-source';
import { roadCandidates } from './road-source';
import { resolveOverlaps } from './resolve';
import { retypeNames } from './retype';
import { adoptLongerTypes } from './short-form-types';
import { sourceLineCandidates } from './source-line-source';
import { speakerCandidates } from './speaker-source';
import { retypeTitledNames } from './titled-people';
import { dropLoneTitledSurnames } from './titled-surnames';
import { splitGluedPeople } from './split-glued';
import { retypeUnsurePlaces } from './unsure-places';
import { retypePlaceRegions } from './place-regions';
import { cutAtSentenceEnds } from './sentence-crossing';
import { dropStyledCommonNouns } from './styled-nouns';
import type { Candidate, Doc, StageOptions } from '../types';

/** The candidate sources, in the order they run; each is a plain function so new ones plug in here. */
export const CANDIDATE_SOURCES: readonly ((doc: Doc, options: StageOptions) => Candidate[])[] = [
  countryCandidates,
  regionCandidates,
  chunkCandidates,
  agencyCandidates,
  principleCandidates,
  eventCandidates,
  nerCandidates,
  speakerCandidates,
  sourceLineCandidates,
  roadCandidates,
];

/** One step from the sources' guesses towards the document's names; `misc` are the tagger's confident MISC spans. */
type Step = (doc: Doc, candidates: Candidate[], misc: readonly Candidate[]) => Candidate[];

/** The steps after the sources, in the order they run. */
export const ENTITY_STEPS: readonly Step[] = [
  cutAtSentenceEnds,
  (_doc, candidates) => vetoInsideMisc(candidates),
  dropEthnicCompounds,
  (doc, candidates) => resolveOverlaps(doc.norm, candidates),
  fitNameExtents,
  adoptLongerTypes,
  harmoniseNames,
  attachCompanySuffixes,
  extendCampusNames,
  splitGluedPeople,
  retypeNames,
  retypeUnsurePlaces,
  retypePlaceRegions,
  retypeListedPlaces,
  retypeTitledNames,
  retypeListedPeople,
  retypeMarkedPlaces,
  trimPersonNames,
  dropLoneGivenNames,
  dropLoneTitledSurnames,
  dropNonNames,
  retypeProgrammes,
  retypeByHead,
  retypeSeats,
  dropAwards,
  dropHeadingPhrases,
  dropGenericWords,
  dropStyledCommonNouns,
  dropPhraseAcronyms,
  dropCaseParties,
  dropPostPortfolios,
  joinHeadlineNames,
];

/** Stage 3: collects typed spans from every source, keeps the best non-overlapping ones, finds the dominant country. */
export function findEntities(doc: Doc, options: StageOptions): Doc {
  const all = mediaFromMisc(
    doc,
    dropLayoutNoise(
      doc,
      CANDIDATE_SOURCES.flatMap((source) => source(doc, options)),
    ),
  );
  const misc = all.filter((c) => c.source === MISC_SOURCE);
  doc.candidates = ENTITY_STEPS.reduce((candidates, step) => step(doc, candidates, misc), all);
  const country = dominantCountry(doc.candidates);
  if (country !== undefined) doc.dominantCountry = country;
  return doc;
}

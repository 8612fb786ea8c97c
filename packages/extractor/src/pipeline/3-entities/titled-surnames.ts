import type { Candidate, Doc } from '../types';
import { wordsOfFullNames } from './given-names';
import { listedNames } from './listed-people';

// titles speeches put before the surname of a legislator, a governor, a mayor, an officer or an adviser they name
const RANK =
  'Senators?|Sens?\\.|Reps?\\.|Representatives?|Congress(?:wo)?m[ae]n|Congressmembers?|(?:Lieutenant\\s+|Lt\\.\\s+)?Governors?|Govs?\\.|' +
  'Mayors?|Colonels?|Col\\.|Lt\\.\\s+Col\\.|Lieutenant(?:\\s+Colonel)?|Lt\\.|Captain|Capt\\.|Major|Sergeant|Sgt\\.|Corporal|Cpl\\.|' +
  'Officer|Firefighter|Trooper|Detective|Deputy|Advis[oe]r|Administrator|Coordinator';
const RANK_BEFORE = new RegExp(`(?:^|[\\s(“"-])(?:${RANK})[ \\t]+$`);
const PLURAL_RANK = new RegExp(`^(?:${RANK}|(?:National\\s+Security\\s+)?Advis[oe]rs)$`);

/**
 * A surname alone after a legislator's, governor's, mayor's or officer's title ("Senators Moran and Tester",
 * "Representative Pallone", "Colonel Kirkland") is a partial name an analyst cannot cite when the article never gives
 * the person's full name: it is dropped. With the full name in the article it stays and joins that person.
 */
export function dropLoneTitledSurnames(doc: Doc, candidates: Candidate[]): Candidate[] {
  const listed = listedNames(doc.norm).filter((i) => PLURAL_RANK.test(i.title));
  const inFullNames = wordsOfFullNames(doc, candidates);
  return candidates.filter((c) => {
    if (c.type !== 'Person' || c.mention !== 'name') return true;
    const text = doc.norm.slice(c.start, c.end);
    if (/\s/.test(text) || inFullNames.has(text)) return true;
    const titled =
      RANK_BEFORE.test(doc.norm.slice(Math.max(0, c.start - 30), c.start)) ||
      listed.some((i) => i.start === c.start && i.end === c.end);
    return !titled;
  });
}

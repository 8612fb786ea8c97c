import type { Candidate, Doc } from '../types';

// a party's name runs into " v. " and the other party: "Roe v. Wade", "*Michigan v. EPA*", "Diocese of Brooklyn v. Cuomo"
const PARTY_BEFORE_V = /^[*_]?\s{1,3}v\.\s{1,3}[*_]?\p{Lu}/u;
// "Roe v. …": the other party's name, from a capital, ends just before " v. "
// (a space on each side of "v.": "Gov. Ada Lin" is a title, not a case)
const PARTY_AFTER_V = /\p{Lu}\S*?[*_]?\s{1,3}v\.\s{1,3}[*_]?$/u;

/**
 * A name that is one party of a court case ("Roe" of "Roe v. Wade", "Ohio" of "Ohio v. EPA") is a fragment of the case's
 * name, not a person, body or place the sentence speaks of; "v." with its stop is the legal style (sports write "v").
 */
export function isCaseParty(doc: Doc, c: Candidate): boolean {
  if (PARTY_BEFORE_V.test(doc.norm.slice(c.end, c.end + 12))) return true;
  return PARTY_AFTER_V.test(doc.norm.slice(Math.max(0, c.start - 60), c.start));
}

/** Drops the parties of court cases: each is a piece of the case's name. */
export function dropCaseParties(doc: Doc, candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => c.mention !== 'name' || !isCaseParty(doc, c));
}

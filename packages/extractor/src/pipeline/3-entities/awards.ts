import { ORG_CUES, POLICY_CUES } from '../../knowledge/cues';
import type { Candidate, Doc } from '../types';

// an honour's head word: "Presidential Medal of Freedom", "Golden Mike Award", "the Pulitzer Prize"
const AWARD_HEAD = /^(?:Awards?|Medals?|Prizes?|Trophy|Trophies)$/;

/** The word that heads a name: the one before its first "of" or "for", else its last. */
function headWord(text: string): string {
  const words = text.split(/\s+/);
  const of = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  return (of > 0 ? words[of - 1] : words[words.length - 1]) ?? '';
}

/**
 * Awards, medals and prizes are no organisation, person or place, and the ontology has no type for them, so their
 * names are dropped rather than kept under a wrong type.
 */
export function dropAwards(doc: Doc, candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => {
    if (c.mention !== 'name' || c.id || c.type === 'Country') return true;
    const text = doc.norm.slice(c.start, c.end).replace(/\s+/g, ' ');
    const last = text.slice(text.lastIndexOf(' ') + 1);
    // a law or a body named for an award is kept: "Congressional Gold Medal Act", "Medal of Honor Society"
    if (POLICY_CUES.has(last) || last in ORG_CUES) return true;
    return !(text.includes(' ') && AWARD_HEAD.test(headWord(text)));
  });
}

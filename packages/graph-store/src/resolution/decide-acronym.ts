/** An organisation named in full whose articles tie it to an acronym, with how many articles do. */
export interface AcronymCandidate {
  id: string;
  support: number;
}

// How many more articles must expand an acronym to one organisation than to any other for it to take the acronym.
const DOMINANCE = 3;

/**
 * The organisation an acronym written alone stands for, from the set of articles only (so any order of ingestion
 * gives the same answer): the one organisation articles expand it to, or the one expanded three times as often as
 * any other; undefined when none or when it stays ambiguous.
 */
export function decideAcronym(candidates: readonly AcronymCandidate[]): string | undefined {
  const [top, next] = [...candidates].sort((a, b) => b.support - a.support || a.id.localeCompare(b.id));
  if (!top) return undefined;
  return !next || top.support >= DOMINANCE * next.support ? top.id : undefined;
}

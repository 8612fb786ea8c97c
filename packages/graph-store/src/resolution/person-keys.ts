/**
 * What a person id says about the name: the extractor writes `person:` and the name's tokens joined by "-", tokens
 * never containing "-", so "person:joseph-biden" is given name "joseph" and surname "biden", and "person:biden" a
 * short form that may stand for either.
 */
export interface PersonKeys {
  /** The one token of a short form ("biden", "xi"). */
  short?: string;
  first?: string;
  last?: string;
}

/** The name keys of a person id; empty for other ids. */
export function personKeys(id: string): PersonKeys {
  if (!id.startsWith('person:')) return {};
  const tokens = id.slice('person:'.length).split('-').filter(Boolean);
  if (tokens.length === 1) return { short: tokens[0] ?? '' };
  if (tokens.length < 2) return {};
  return { first: tokens[0] ?? '', last: tokens[tokens.length - 1] ?? '' };
}

/** The keys whose resolution a person id can change: its short form, or its given name and surname. */
export function resolutionKeys(id: string): string[] {
  const keys = personKeys(id);
  return [keys.short, keys.first, keys.last].filter((k): k is string => k !== undefined && k !== '');
}

const allCapitals = (name: string): boolean => name === name.toUpperCase();

/**
 * Of two names of one entity, the one to display: not in capitals ("Washington" over a dateline's
 * "WASHINGTON"), then the longer, then the later in code-point order (accents over none). A fixed order, so the
 * name kept does not depend on the order articles arrive in.
 */
export function betterName(a: string, b: string): string {
  if (allCapitals(a) !== allCapitals(b)) return allCapitals(a) ? b : a;
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return a > b ? a : b;
}

/** `betterName` in Cypher, between the stored `e.name` and an incoming `row.name`. */
export const BETTER_NAME_CYPHER = `CASE
  WHEN (row.name = toUpper(row.name)) <> (e.name = toUpper(e.name)) THEN CASE WHEN row.name = toUpper(row.name) THEN e.name ELSE row.name END
  WHEN size(row.name) <> size(e.name) THEN CASE WHEN size(row.name) > size(e.name) THEN row.name ELSE e.name END
  WHEN row.name > e.name THEN row.name ELSE e.name END`;

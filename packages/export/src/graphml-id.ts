// ASCII name characters less '_', which is kept as the escape character so the mapping stays one-to-one.
const NOT_NMTOKEN = /[^A-Za-z0-9.:-]/gu;

/**
 * An id GraphML accepts: the schema types node and edge ids as NMTOKEN, which the `|` of a relation id breaks, so
 * every other character becomes `_<hex code>_`; distinct ids stay distinct and entity slugs pass unchanged.
 */
export function graphmlId(id: string): string {
  return id.replace(NOT_NMTOKEN, (character) => `_${(character.codePointAt(0) ?? 0).toString(16)}_`);
}

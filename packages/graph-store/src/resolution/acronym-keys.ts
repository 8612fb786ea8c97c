/** An organisation written as its initials alone ("FEMA", "DOJ"): capitals only, two to eight letters. */
const ACRONYM = /^[A-Z]{2,8}$/;

/** The acronym an organisation's name is, or null: an article's "FEMA" that the extractor could not expand there. */
export function acronymKey(type: string, name: string): string | null {
  return type === 'Organization' && ACRONYM.test(name) ? name : null;
}

/** The initials of a name's words ("Department of Homeland Security" → "DOHS"), after the country scoping its id. */
function initials(name: string, scope: string): string {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  return scope.toUpperCase() + words.map((w) => (w[0] ?? '').toUpperCase()).join('');
}

// A ministry's generic head, which its acronym often leaves out ("HHS" for the Department of Health and Human Services).
const MINISTRY_HEAD = /^(?:Department|Ministry|Office)\s+of\s+(?:the\s+)?/;

/**
 * True when the acronym's letters run in order through the name's initials, the first on the first ("FEMA", "DOD",
 * "CDC") or on the first word after a ministry's head ("HHS", "VA").
 */
export function initialsFit(acronym: string, name: string, id: string): boolean {
  const scope = /^org:([a-z]{2}):/.exec(id)?.[1] ?? '';
  const letters = initials(name, scope);
  const firsts = [letters[0], initials(name, '')[0], initials(name.replace(MINISTRY_HEAD, ''), '')[0]];
  if (!firsts.includes(acronym[0])) return false;
  let at = 0;
  for (const ch of acronym) {
    at = letters.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * The acronym an organisation named in full stands for in this article: the alias the extractor tied to it there
 * whose letters fit the name's initials ("FEMA" for the Federal Emergency Management Agency, never "CBP" for the
 * Department of Homeland Security), or null.
 */
export function expandsKey(type: string, id: string, name: string, aliases: readonly string[]): string | null {
  if (type !== 'Organization' || ACRONYM.test(name)) return null;
  return [...aliases].sort().find((a) => ACRONYM.test(a) && initialsFit(a, name, id)) ?? null;
}

// Typographic quotes, dashes and invisible spaces that make one written name look like two.
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** One spelling per written name (NFKC, quotes and dashes folded, whitespace collapsed), so no entity repeats an alias. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The distinct normalised aliases of a name, without the name itself. */
export function normaliseAliases(name: string, aliases: readonly string[]): string[] {
  const own = normaliseName(name);
  const out = new Set<string>();
  for (const alias of aliases) {
    const n = normaliseName(alias);
    if (n && n !== own) out.add(n);
  }
  return [...out];
}

// Wire copy writes a company's stock symbol in angle brackets after its name ("Lakeshore Bancorp Inc <LKSB.O>",
// "<BLDW>") and brackets a name that has none ("<Coastal Pipeline Co>"): the symbol is no name, the brackets no part
// of one.
const TICKER_RE = /<[A-Z][A-Z0-9]{0,6}(?:\.[A-Z]{1,2})?>/g;
// a bracketed name: capitalised words, initials, "&", "of", commas and hyphens, over a line break at most
const BRACKETED_NAME_RE = /<(?=[A-Z])[A-Za-z0-9&.,'’ \t-]*(?:\r?\n[ \t]*[A-Za-z0-9&.,'’ \t-]+)?>/g;

const spaces = (s: string): string => ' '.repeat(s.length);

/**
 * The text with each bracketed stock symbol blanked and the brackets around a bracketed name turned into spaces, one
 * character for one, so offsets still index the input and the tagger sees the name as prose.
 */
export function blankTickers(text: string): string {
  if (!text.includes('<')) return text;
  return text.replace(TICKER_RE, spaces).replace(BRACKETED_NAME_RE, (m) => ` ${m.slice(1, -1)} `);
}

const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u200a': ' ',
  '\u2013': '-',
  '\u2014': '-',
  '\u2011': '-',
  '\u2010': '-',
};
const FOLD_RE =
  /[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033\u00a0\u2009\u202f\u2007\u200a\u2013\u2014\u2011\u2010]/g;

/** Typographic quotes, spaces and dashes as their ASCII forms, one character for one, so offsets still index the input. */
export function foldTypography(text: string): string {
  return text.replace(FOLD_RE, (c) => FOLD[c] ?? c);
}

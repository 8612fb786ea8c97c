// Markdown converters escape punctuation with a backslash ("\(a\)", "\###", "\[1\]") and some leave one before a
// space or a letter ("European\ Union", "United \Nations"); a backslash is never part of a name in prose.
const ESCAPE_RE = /\\(?:[[\]]|(?=[\s\p{L}\p{P}\p{S}]))/gu;
// text struck through is text taken back: a transcript's "<s>Newton</s> \[Newtown\]" says "Newtown"
const STRUCK_RE = /<(s|del|strike)>[^<]*<\/\1>/g;

const spaces = (s: string): string => ' '.repeat(s.length);

/**
 * The text with each markdown escape's backslash as a space, and the escaped brackets a transcript puts around its
 * corrections ("\[Wanda\] Kelly") too, one character for one, so offsets still index the input.
 */
export function blankEscapes(text: string): string {
  return text.includes('\\') ? text.replace(ESCAPE_RE, spaces) : text;
}

/** The text with what is struck through blanked, one character for one; the correction after it is what was said. */
export function blankStruck(text: string): string {
  return text.includes('</') ? text.replace(STRUCK_RE, spaces) : text;
}

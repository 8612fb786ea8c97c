/**
 * The words Lucene's standard analyser (the `entity_names` index's) makes of a name, where this process can tell
 * them exactly: Unicode word segmentation (UAX #29, which Lucene's StandardTokenizer and ICU's segmenter both follow)
 * agrees on Latin letters, digits and common punctuation; scripts where the two differ (ICU splits Chinese and Thai
 * by dictionary, Lucene does not) are left to Neo4j.
 */

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** Characters whose word breaks both segmenters agree on; a text with any other is "unsure". */
const SURE = /^[\p{Script=Latin}\p{Mn}0-9 \-.,'’&()/"]*$/u;

/** Lucene cuts longer words in pieces; a text this short cannot hold one. */
const MAX_TOKEN = 255;

/** Java's `Character.toLowerCase` per code point, as Lucene's LowerCaseFilter applies it (no context, one to one). */
export function simpleLower(text: string): string {
  let out = '';
  for (const char of text) {
    // The one letter whose full lower case (JavaScript's) is two code points where the simple mapping is one.
    if (char === '\u0130') out += 'i';
    else out += char.toLowerCase();
  }
  return out;
}

/** True when `nameTokens` gives exactly the terms Lucene indexed for `text`. */
export const tokensSure = (text: string): boolean => text.length <= MAX_TOKEN && SURE.test(text);

/** The lower-cased words of `text` as the standard analyser indexes them (exact where `tokensSure`). */
export function nameTokens(text: string): string[] {
  const words: string[] = [];
  for (const part of segmenter.segment(text)) if (part.isWordLike) words.push(simpleLower(part.segment));
  return words;
}

/**
 * Lower-cased words whose full stop is an abbreviation's, not a sentence's end ("Mr.", "Inc.", "Jan."): the sentence
 * splitter, the layout rules and the tagger's CoNLL tokenizer (which keeps the stop on the word) read the same list.
 */
export const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'sen',
  'rep',
  'gov',
  'st',
  'jr',
  'sr',
  'inc',
  'corp',
  'ltd',
  'co',
  'no',
  'vs',
  'etc',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'lt',
  'col',
  'capt',
  'sgt',
  'mt',
  'ft',
  'ave',
  'fig',
  'approx',
  'dept',
  'est',
  'vol',
  'pp',
  'op',
  'rev',
  'hon',
  'adm',
  'cmdr',
  'gens',
  'plc',
  'bros',
  'pres',
  'nos',
  'jun',
  'jul',
  'univ',
  'assn',
  'maj',
  'messrs',
  'mme',
  'mlle',
  'sec',
  'supt',
  'blvd',
  'rd',
  'ste',
]);

/**
 * True when `text` (a line, trimmed at its end) ends a sentence: a terminator, perhaps closed by quotes or brackets,
 * that is not the stop of an abbreviation, an initial ("Joseph R.") or a dotted acronym ("the U.S.").
 */
export function endsWithSentenceEnd(text: string): boolean {
  const m = /(\S*?)([.!?])["'\u201d\u2019)\]]*$/.exec(text);
  if (!m) return false;
  if (m[2] !== '.') return true;
  const word = m[1] ?? '';
  if (/^[\p{Lu}]$/u.test(word) || /(?:^|\.)\p{L}\.\p{L}$/u.test(word) || /^\p{L}(?:\.\p{L})+$/u.test(word))
    return false;
  return !ABBREVIATIONS.has(word.replace(/^\W+/, '').toLowerCase());
}

/** Capitalised titles and name suffixes written with a full stop ("Mr.", "Gen.", "Jr."): one token, never a sentence end. */
export const TITLE_ABBREVIATIONS = [
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'St',
  'Jr',
  'Sr',
  'Gen',
  'Sen',
  'Rep',
  'Gov',
  'Lt',
  'Col',
  'Capt',
  'Sgt',
  'Adm',
  'Rev',
  'Hon',
] as const;

/** The regex alternation of the titles above ("Mr|Mrs|…"), for patterns that follow it with `\.`. */
export const TITLE_ABBREVIATION_RE_SOURCE = TITLE_ABBREVIATIONS.join('|');

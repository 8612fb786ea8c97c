/** Lower-cased words whose full stop is an abbreviation's, not a sentence's end ("Mr.", "Inc.", "Jan."). */
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
]);

/**
 * The abbreviations whose stop the tagger's CoNLL tokenizer keeps on the word: the list above but "vol", "pp", "op" and
 * "gens", and with the further ones CoNLL text writes ("Plc.", "Maj.", "Messrs."); the tagger was trained on this
 * tokenisation, and the sentence splitter reading these too would move sentence ends ("Maj. Gen." at a line end).
 */
export const CONLL_ABBREVIATIONS = new Set([
  ...[...ABBREVIATIONS].filter((a) => !['vol', 'pp', 'op', 'gens'].includes(a)),
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

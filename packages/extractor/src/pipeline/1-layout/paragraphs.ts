import { endsWithSentenceEnd, TITLE_ABBREVIATIONS } from '../../text/abbreviations';
import { firstWordLength, isWeakBullet, type Line } from './lines';

const MAX_WIDTH = 400;
const NEW_SENTENCE = /^[\p{Lu}\p{N}"'\u201c\u2018([«]/u;
const RUNS_ON = /^[\p{Ll}]/u;
// only "!", "?", ":" and ";" close a line for good; before a lower-case word even a full stop is an abbreviation's
const OPEN_END = /[^!?:;]$/;
// an initial or a title ("Joseph R.", "Mr.") never ends a sentence, so the name goes on over the break; a suffix's
// stop ("Jr.") may end it
const NAME_GOES_ON = new RegExp(
  `(?:^|[\\s(])(?:\\p{Lu}|${TITLE_ABBREVIATIONS.filter((t) => t !== 'Jr' && t !== 'Sr').join('|')})\\.$`,
  'u',
);
// a text is hard-wrapped when this share of its line breaks fall inside a sentence, before a lower-case word
const WRAPPED_SHARE = 0.15;
const WIDTH_PERCENTILE = 0.8;
// the widths text is usually wrapped at: e-mail and wire copy 60-80 columns
const MIN_FULL_WIDTH = 50;
const MAX_FULL_WIDTH = 100;

/** How a text's line breaks are to be read: the width it was wrapped at, or 0 when it was not wrapped. */
export interface Wrapping {
  width: number;
}

/** True when a break before `b` plainly falls mid-sentence: `a` ends without punctuation and `b` runs on in lower case. */
function runsOn(text: string, a: Line, b: Line): boolean {
  if (NAME_GOES_ON.test(text.slice(Math.max(a.content, a.end - 6), a.end))) return true;
  return OPEN_END.test(text.slice(a.end - 1, a.end)) && RUNS_ON.test(text.slice(b.content, b.content + 1));
}

/**
 * Estimates the wrapping in linear time. A text counts as wrapped only when enough of its breaks fall plainly
 * mid-sentence, so texts with one sentence or paragraph a line keep every break; the width is then the 80th
 * percentile (a counting sort) of the lines broken mid-sentence, which a long link or table row cannot inflate.
 */
export function estimateWrapping(text: string, lines: Line[]): Wrapping {
  const counts = new Array<number>(MAX_WIDTH + 1).fill(0);
  let breaks = 0;
  let midSentence = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const next = lines[i + 1];
    if (!l || l.blank || !next || next.blank) continue;
    breaks++;
    if (!runsOn(text, l, next)) continue;
    midSentence++;
    const w = Math.min(MAX_WIDTH, l.end - l.start);
    counts[w] = (counts[w] ?? 0) + 1;
  }
  if (midSentence === 0 || midSentence < WRAPPED_SHARE * breaks)
    return fullLineWrapping(text, lines, breaks, midSentence);
  let seen = 0;
  for (let w = 0; w <= MAX_WIDTH; w++) {
    seen += counts[w] ?? 0;
    if (seen >= WIDTH_PERCENTILE * midSentence) return { width: w };
  }
  return { width: MAX_WIDTH };
}

/**
 * For a short text with few lower-case continuations ("…against Sri\nLanka in the…"): when its longest line is of a
 * usual wrapping width, lines that end on a word and could not have taken the next one count as wrapped too.
 */
function fullLineWrapping(text: string, lines: Line[], breaks: number, midSentence: number): Wrapping {
  let longest = 0;
  for (const l of lines) if (!l.blank) longest = Math.max(longest, l.end - l.start);
  if (longest < MIN_FULL_WIDTH || longest > MAX_FULL_WIDTH) return { width: 0 };
  let full = midSentence;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i];
    const b = lines[i + 1];
    if (!a || !b || a.blank || b.blank || !/\p{L}$/u.test(text.slice(a.end - 1, a.end))) continue;
    if (
      /^\p{L}/u.test(text.slice(b.content, b.content + 1)) &&
      a.end - a.start + 1 + firstWordLength(text, b) > longest
    )
      full++;
  }
  return full > 0 && full >= WRAPPED_SHARE * breaks ? { width: longest } : { width: 0 };
}

/**
 * True when the break between two non-blank lines is a hard wrap inside a paragraph: the next line is not indented
 * past the first, is not a list item, does not start a new sentence after one has ended, and the line before is
 * full (the next word would not have fitted on it). In a text that is not wrapped only a plain mid-sentence break is.
 */
export function isSoftBreak(text: string, a: Line, b: Line, wrapping: Wrapping): boolean {
  if (a.blank || b.blank) return false;
  if (b.content - b.start > a.body) return false;
  const tail = text.slice(a.content, a.end).trimEnd();
  const ended = endsWithSentenceEnd(tail);
  if (b.bullet && (!isWeakBullet(text, b) || ended || /[:;]$/.test(tail))) return false;
  if (runsOn(text, a, b)) return !b.bullet;
  if (wrapping.width === 0) return false;
  if (ended && NEW_SENTENCE.test(text.slice(b.content, b.content + 2))) return false;
  return a.end - a.start + 1 + firstWordLength(text, b) > wrapping.width;
}

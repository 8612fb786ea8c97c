import { endsWithSentenceEnd } from '../../text/abbreviations';
import { firstWordLength, isWeakBullet, type Line } from './lines';

const MAX_WIDTH = 400;
const NEW_SENTENCE = /^[\p{Lu}\p{N}"'\u201c\u2018(\[«]/u;
const RUNS_ON = /^[\p{Ll}]/u;
const OPEN_END = /[^.!?:;"'\u201d\u2019)\]]$/;
// an initial or a title ("Joseph R.", "Mr.") never ends a sentence, so the name goes on over the break
const NAME_GOES_ON = /(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Adm|Rev|Hon|St)\.$/u;
// a text is hard-wrapped when this share of its line breaks fall inside a sentence, before a lower-case word
const WRAPPED_SHARE = 0.15;
const WIDTH_PERCENTILE = 0.8;

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
  if (midSentence === 0 || midSentence < WRAPPED_SHARE * breaks) return { width: 0 };
  let seen = 0;
  for (let w = 0; w <= MAX_WIDTH; w++) {
    seen += counts[w] ?? 0;
    if (seen >= WIDTH_PERCENTILE * midSentence) return { width: w };
  }
  return { width: MAX_WIDTH };
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

import type { Region } from '../types';
import {
  agencyLine,
  bylineLine,
  capitalsHeadline,
  datelineLine,
  subscriptionLine,
  tableLine,
  titleLine,
} from './line-rules';
import { splitLines, type Line } from './lines';
import { closingCredits, gluedSignoff, openingDateline } from './paragraph-rules';
import { estimateWrapping, isSoftBreak, type Wrapping } from './paragraphs';
import type { LineContext, LineRule, Paragraph, ParagraphRule } from './rules';

/** What layout found: the regions, and the line-break offsets that only wrap a paragraph (each becomes a space). */
export interface Layout {
  regions: Region[];
  soft: number[];
}

/** Rules that claim whole lines, in order of precedence; a new kind of line (a speaker's label) plugs in here. */
export const LINE_RULES: readonly LineRule[] = [
  agencyLine,
  bylineLine,
  datelineLine,
  subscriptionLine,
  tableLine,
  capitalsHeadline,
  titleLine,
];

/** Rules that find regions inside paragraphs once the text is unwrapped; new ones plug in here. */
export const PARAGRAPH_RULES: readonly ParagraphRule[] = [openingDateline, closingCredits, gluedSignoff];

/** Marks whole lines that stand apart whatever their neighbours: headlines, datelines on their own, sign-offs, bylines. */
function lineRegions(text: string, lines: Line[], wrapping: Wrapping): (Region | undefined)[] {
  const marks = new Array<Region | undefined>(lines.length);
  let lastText = lines.length - 1;
  while (lastText >= 0 && lines[lastText]?.blank) lastText--;
  const ctx: LineContext = { text, lines, wrapping, rank: 0, lastText };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l || l.blank) continue;
    ctx.rank++;
    for (const rule of LINE_RULES) {
      const mark = rule(l, i, ctx);
      if (!mark) continue;
      marks[i] = { ...mark, start: l.content, end: l.content + text.slice(l.content, l.end).trimEnd().length };
      break;
    }
  }
  return marks;
}

/**
 * A headline wrapped over several full lines is one headline (consecutive capitals lines share one region), and a
 * byline wrapped onto a second line takes that line along.
 */
function joinWrappedMarks(text: string, lines: Line[], marks: (Region | undefined)[], wrapping: Wrapping): void {
  for (let i = 1; i < lines.length; i++) {
    const a = marks[i - 1];
    const b = marks[i];
    const la = lines[i - 1];
    const lb = lines[i];
    if (!a || !la || !lb || !isSoftBreak(text, la, lb, wrapping)) continue;
    const joins = a.capitalised ? b?.capitalised === true : a.kind === 'byline' && !b;
    if (!joins) continue;
    a.end = b?.end ?? lb.content + text.slice(lb.content, lb.end).trimEnd().length;
    marks[i] = a;
  }
}

/** Records the break between two lines ("\n", or both characters of "\r\n") as a soft one. */
function pushBreak(soft: number[], a: Line, b: Line): void {
  soft.push(a.end);
  if (b.start === a.end + 2) soft.push(a.end + 1);
}

/** Stage 1's layout pass: lines, then paragraphs, then the regions that open and close a story; linear in the text. */
export function readLayout(text: string): Layout {
  const lines = splitLines(text);
  const wrapping = estimateWrapping(text, lines);
  const marks = lineRegions(text, lines, wrapping);
  joinWrappedMarks(text, lines, marks, wrapping);
  const regions: Region[] = [];
  const soft: number[] = [];
  const paragraphs: Paragraph[] = [];
  let open: Paragraph | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l) continue;
    const mark = marks[i];
    if (mark && mark !== regions[regions.length - 1]) regions.push(mark);
    const next = lines[i + 1];
    if (mark && next && marks[i + 1] === mark) pushBreak(soft, l, next);
    if (l.blank || mark) {
      if (open) paragraphs.push(open);
      open = undefined;
      continue;
    }
    if (open) open.end = l.end;
    else open = { start: l.content, end: l.end, first: i, last: i };
    open.last = i;
    if (next && !marks[i + 1] && isSoftBreak(text, l, next, wrapping)) {
      pushBreak(soft, l, next);
    } else {
      paragraphs.push(open);
      open = undefined;
    }
  }
  if (open) paragraphs.push(open);
  for (const rule of PARAGRAPH_RULES) regions.push(...rule(text, paragraphs));
  regions.sort((a, b) => a.start - b.start);
  return { regions, soft };
}

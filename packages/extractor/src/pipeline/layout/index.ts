import type { Region } from '../types';
import { datelineLength } from './datelines';
import { isAllCapsLine, isMarkdownHeading, isTitleLine } from './headlines';
import { splitLines, type Line } from './lines';
import { estimateWrapping, isSoftBreak, type Wrapping } from './paragraphs';
import { creditsSpan, isAgencyLine, isByline, trailingAgency } from './signoffs';

/** What layout found: the regions, and the line-break offsets that only wrap a paragraph (each becomes a space). */
export interface Layout {
  regions: Region[];
  soft: number[];
}

/** A paragraph: a run of lines joined by soft breaks, from its first word to its last. */
interface Paragraph {
  start: number;
  end: number;
  first: number;
  last: number;
}

const DATELINE_PARAGRAPHS = 3;
const BYLINE_LINES = 4;

/** Marks whole lines that stand apart whatever their neighbours: headlines, datelines on their own, sign-offs, bylines. */
function lineRegions(text: string, lines: Line[], wrapping: Wrapping): (Region | undefined)[] {
  const marks: (Region | undefined)[] = new Array(lines.length);
  let seen = 0;
  const firstText = lines.findIndex((l) => !l.blank);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l || l.blank) continue;
    seen++;
    const body = text.slice(l.content, l.end);
    const at = { start: l.content, end: l.content + body.trimEnd().length };
    if (isAgencyLine(body)) marks[i] = { ...at, kind: 'signoff' };
    else if (seen <= BYLINE_LINES && isByline(body)) marks[i] = { ...at, kind: 'byline' };
    else if (seen <= BYLINE_LINES && datelineLength(body) === body.trimEnd().length) marks[i] = { ...at, kind: 'dateline' };
    else if (isAllCapsLine(text, l)) marks[i] = { ...at, kind: 'headline', allCaps: true };
    else if (isMarkdownHeading(text, l) || isTitleLine(text, lines, i, i === firstText, wrapping)) marks[i] = { ...at, kind: 'headline' };
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
    const joins = a.allCaps ? b?.allCaps === true : a.kind === 'byline' && !b;
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
    } else if (open) {
      paragraphs.push(open);
      open = undefined;
    }
  }
  if (open) paragraphs.push(open);
  regions.push(...paragraphRegions(text, paragraphs));
  regions.sort((a, b) => a.start - b.start);
  return { regions, soft };
}

/** Datelines that open one of the first paragraphs, credits and glued "Reuter" sign-offs that close the text. */
function paragraphRegions(text: string, paragraphs: Paragraph[]): Region[] {
  const out: Region[] = [];
  for (const p of paragraphs.slice(0, DATELINE_PARAGRAPHS)) {
    const n = datelineLength(text.slice(p.start, p.end));
    if (n > 0) {
      out.push({ start: p.start, end: p.start + n, kind: 'dateline' });
      break;
    }
  }
  const credits = creditsSpan(text);
  if (credits) out.push({ start: credits[0], end: credits[1], kind: 'signoff' });
  const last = paragraphs[paragraphs.length - 1];
  if (last) {
    const para = text.slice(last.start, last.end);
    const at = trailingAgency(para);
    if (at >= 0) out.push({ start: last.start + at, end: last.start + para.trimEnd().length, kind: 'signoff' });
  }
  return out;
}

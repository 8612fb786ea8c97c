import type { Region, RegionKind } from '../types';
import type { Line } from './lines';
import type { Wrapping } from './paragraphs';

/** What a line rule may look at: the whole text and its lines, the wrapping, and the line's rank among text lines. */
export interface LineContext {
  text: string;
  lines: readonly Line[];
  wrapping: Wrapping;
  /** 1 for the first non-blank line, 2 for the next… */
  rank: number;
  /** Index of the last non-blank line. */
  lastText: number;
}

/** What a line rule answers: the kind of the whole line (its words, without indentation or trailing blanks). */
export type LineMark = { kind: RegionKind; capitalised?: boolean } | undefined;

/** A rule that claims a whole line, which then stands apart from its neighbours; the first rule to answer wins. */
export type LineRule = (line: Line, i: number, ctx: LineContext) => LineMark;

/** A paragraph: a run of lines joined by soft breaks, from its first word to its last. */
export interface Paragraph {
  start: number;
  end: number;
  first: number;
  last: number;
}

/** A rule that finds regions inside the paragraphs (a dateline before the first sentence, a glued sign-off). */
export type ParagraphRule = (text: string, paragraphs: readonly Paragraph[]) => Region[];

import { datelineLength } from './datelines';
import type { ParagraphRule } from './rules';
import { creditsSpan, trailingAgency } from './signoffs';

const DATELINE_PARAGRAPHS = 3;

/** The dateline opening one of the first paragraphs ("OTTAWA, March 23 -"). */
export const openingDateline: ParagraphRule = (text, paragraphs) => {
  for (const p of paragraphs.slice(0, DATELINE_PARAGRAPHS)) {
    const n = datelineLength(text.slice(p.start, p.end));
    if (n > 0) return [{ start: p.start, end: p.start + n, kind: 'dateline' }];
  }
  return [];
};

/** The credits closing the text: "(Reporting by …; Editing by …)". */
export const closingCredits: ParagraphRule = (text) => {
  const credits = creditsSpan(text);
  return credits ? [{ start: credits[0], end: credits[1], kind: 'signoff' }] : [];
};

/** A "Reuter" sign-off glued to the last paragraph's final sentence. */
export const gluedSignoff: ParagraphRule = (text, paragraphs) => {
  const last = paragraphs[paragraphs.length - 1];
  if (!last) return [];
  const para = text.slice(last.start, last.end);
  const at = trailingAgency(para);
  return at >= 0 ? [{ start: last.start + at, end: last.start + para.trimEnd().length, kind: 'signoff' }] : [];
};

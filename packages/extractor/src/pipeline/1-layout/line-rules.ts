import { datelineLength } from './datelines';
import { isAllCapsLine, isMarkdownHeading, isTitleCase, isTitleLine } from './headlines';
import type { LineContext, LineRule } from './rules';
import { isSoftBreak } from './paragraphs';
import { isAgencyLine, isByline, isSubscriptionPlace } from './signoffs';
import { isFigureRow, isPeriodLine } from './tables';

const BYLINE_LINES = 4;

const body = (text: string, start: number, end: number): string => text.slice(start, end).trimEnd();

/** "Reuter", "-- Reuters", "AP" on a line of their own. */
export const agencyLine: LineRule = (l, _i, ctx) =>
  isAgencyLine(body(ctx.text, l.content, l.end)) ? { kind: 'signoff' } : undefined;

const SUBSCRIPTION_LINES = 4;

/**
 * "THE WHITE HOUSE," over the date that closes a signed order or proclamation: where it was signed, furniture of the
 * document like a sign-off, not a place the text talks of.
 */
export const subscriptionLine: LineRule = (l, i, ctx) => {
  if (ctx.lastText - i > SUBSCRIPTION_LINES) return undefined;
  let j = i + 1;
  while (ctx.lines[j]?.blank) j++;
  const next = ctx.lines[j];
  if (!next) return undefined;
  return isSubscriptionPlace(body(ctx.text, l.content, l.end), body(ctx.text, next.content, next.end))
    ? { kind: 'signoff' }
    : undefined;
};

/** "By JANE DOE" among the first lines. */
export const bylineLine: LineRule = (l, _i, ctx) =>
  ctx.rank <= BYLINE_LINES && isByline(body(ctx.text, l.content, l.end)) ? { kind: 'byline' } : undefined;

/** "LONDON 1996-08-30" on a line of its own among the first lines. */
export const datelineLine: LineRule = (l, _i, ctx) => {
  const words = body(ctx.text, l.content, l.end);
  return ctx.rank <= BYLINE_LINES && datelineLength(words) === words.length ? { kind: 'dateline' } : undefined;
};

/** A line in capitals only, unless it is a list item or goes on with a sentence the line before left open. */
export const capitalsHeadline: LineRule = (l, i, ctx) => {
  if (l.bullet || !isAllCapsLine(ctx.text, l)) return undefined;
  const before = ctx.lines[i - 1];
  if (before && !before.blank && /[\p{Ll},]$/u.test(body(ctx.text, before.content, before.end))) return undefined;
  return { kind: 'headline', capitalised: true };
};

/** A markdown heading, or a short title line above the body; in title case its capitals say nothing about names. */
export const titleLine: LineRule = (l, i, ctx) => {
  if (
    !isMarkdownHeading(ctx.text, l) &&
    !isTitleLine(ctx.text, ctx.lines, i, ctx.rank === 1, ctx.lastText, ctx.wrapping)
  )
    return undefined;
  return isTitleCase(ctx.text, l) ? { kind: 'headline', capitalised: true } : { kind: 'headline' };
};

/** The nearest non-blank line before (step -1) or after (step 1) line `i`, at most one blank line away. */
function neighbour(ctx: LineContext, i: number, step: 1 | -1): string {
  for (let j = i + step, n = 0; n < 2; j += step, n++) {
    const l = ctx.lines[j];
    if (!l) return '';
    if (!l.blank) return body(ctx.text, l.content, l.end);
  }
  return '';
}

/**
 * A row of an earnings or dividend table ("Shr 41 cts vs 33 cts"), or a period's label next to one ("4th qtr"),
 * unless the line runs on from the line before or into the next one, as a wrapped sentence that holds figures would.
 */
export const tableLine: LineRule = (l, i, ctx) => {
  const line = body(ctx.text, l.content, l.end);
  const figures = isFigureRow(line);
  if (!figures && !(isPeriodLine(line) && (isFigureRow(neighbour(ctx, i, -1)) || isFigureRow(neighbour(ctx, i, 1)))))
    return undefined;
  const before = ctx.lines[i - 1];
  const after = ctx.lines[i + 1];
  if (
    before &&
    !isFigureRow(body(ctx.text, before.content, before.end)) &&
    isSoftBreak(ctx.text, before, l, ctx.wrapping)
  )
    return undefined;
  if (after && isSoftBreak(ctx.text, l, after, ctx.wrapping)) return undefined;
  return { kind: 'table' };
};

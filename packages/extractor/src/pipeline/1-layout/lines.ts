/** One physical line of the input: offsets exclude its line break ("\n" or "\r\n"). */
export interface Line {
  start: number;
  end: number;
  /** Offset of the first non-blank character (`end` for a blank line). */
  content: number;
  /** Column where the line's words start: after the indentation and, for a list item, after its bullet. */
  body: number;
  blank: boolean;
  /** A list item: "-   text", "• text", "1. text", "(a) text". */
  bullet: boolean;
}

// strong markers are bullets wherever they stand; a "-" or "1." needs two spaces after it (markdown-ish "-   item")
// or a line before that has ended, since a hard-wrapped dash or number can start a line too
const STRONG_BULLET = /^(?:[•·▪◦‣]|\*(?=\s)|[-–—+]\s\s|\d{1,3}[.)]\s\s|\(\w{1,3}\)\s)\s*/;
const WEAK_BULLET = /^(?:[-–—+]|\d{1,3}[.)]|[a-z][.)])\s+/;

/** Splits text into lines in one pass, noting indentation and list markers. */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    let content = start;
    while (content < end && (text[content] === ' ' || text[content] === '\t' || text.charCodeAt(content) === 0xa0))
      content++;
    const head = text.slice(content, Math.min(end, content + 8));
    const strong = STRONG_BULLET.exec(head);
    const weak = strong ? null : WEAK_BULLET.exec(head);
    const marker = strong ?? weak;
    out.push({
      start,
      end,
      content,
      blank: content === end,
      body: content - start + (marker ? marker[0].length : 0),
      bullet: strong !== null || weak !== null,
    });
    if (nl >= text.length) break;
    start = nl + 1;
  }
  return out;
}

/** True for a weak list marker ("- ", "1. "), which counts only where a line has ended before it. */
export function isWeakBullet(text: string, line: Line): boolean {
  return line.bullet && !STRONG_BULLET.test(text.slice(line.content, Math.min(line.end, line.content + 8)));
}

/** Length of the line's first word, what a greedy wrapper tried to fit on the line before. */
export function firstWordLength(text: string, line: Line): number {
  let i = line.content;
  while (i < line.end && !/\s/.test(text[i] ?? ' ')) i++;
  return i - line.content;
}

import { endsWithSentenceEnd } from '../../text/abbreviations';
import { firstWordLength, type Line } from './lines';
import type { Wrapping } from './paragraphs';

const MAX_TITLE_WORDS = 15;

/** True for a line written in capitals only ("GATT WARNS ON FARM TRADE"): a headline, whatever follows it. */
export function isAllCapsLine(text: string, line: Line): boolean {
  let letters = 0;
  for (let i = line.content; i < line.end; i++) {
    const ch = text[i] ?? '';
    if (ch.toLowerCase() !== ch) letters++;
    else if (ch.toUpperCase() !== ch) return false;
  }
  return letters >= 3;
}

const TITLE_CASE_WORDS = 3;

/** True for a title-case line ("Rebels Seize Border Town"): three or more words, every word of four letters capitalised. */
export function isTitleCase(text: string, line: Line): boolean {
  const long = text.slice(line.content, line.end).match(/\p{L}{4,}/gu) ?? [];
  return long.length >= TITLE_CASE_WORDS && long.every((w) => w[0] !== w[0]?.toLowerCase());
}

/** True for a markdown heading ("#### Background"). */
export function isMarkdownHeading(text: string, line: Line): boolean {
  return /^#{1,6}\s/.test(text.slice(line.content, line.content + 7));
}

/**
 * True for a title line: the first line of a text, or one set apart by blank lines, that is short, starts with a
 * capital and does not end a sentence ("Rebels seize border town" above the body).
 */
export function isTitleLine(
  text: string,
  lines: readonly Line[],
  i: number,
  first: boolean,
  lastText: number,
  wrapping: Wrapping,
): boolean {
  const line = lines[i];
  if (!line || line.blank || line.bullet) return false;
  const before = lines[i - 1];
  const after = lines[i + 1];
  if (!after || i >= lastText) return false;
  if (!first && !(before?.blank && after.blank)) return false;
  if (/^\p{Ll}/u.test(text.slice(after.content, after.content + 1))) return false;
  // a full line followed by more words is the start of a wrapped paragraph, not a title
  if (!after.blank && line.end - line.start + 1 + firstWordLength(text, after) > (wrapping.width || Infinity))
    return false;
  const words = text.slice(line.content, line.end).trim();
  if (!/^[*_#]*[\p{Lu}\p{N}"'\u201c\u2018]/u.test(words) || /[,;:]$/.test(words) || endsWithSentenceEnd(words))
    return false;
  return words.split(/\s+/).length <= MAX_TITLE_WORDS;
}

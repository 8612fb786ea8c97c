import type { Doc } from '../types';

/** "X (born 1963) is a …", "X, formerly Y, was the …", "X is located on …": the defining copula of a reference lead. */
const DEFINING =
  /^[\s\S]{0,240}?\s(?:is|was|are|were|has been|serves as|served as)\s+(?!(?:\w+ing|committed|pleased|proud|honored|honoured|deeply)\b)/;
/** Words of reported news: a story that says who said or announced what is not a reference lead. */
const REPORTED =
  /\b(?:said|says|told|announced|announces|today|tonight|yesterday|this week|[Ll]ast (?:week|night)|[Tt]his (?:morning|afternoon|evening)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/;
/** A byline, heading, list item or recital opens a post, a release or an order, never a reference lead. */
const NOT_A_LEAD = /^\s*(?:[*#>(-]|By:|Whereas\b|WHEREAS\b|Section\b|Sec\.)/;
/** How much of the opening is read for the first person. */
const OPENING_CHARS = 600;
/** A speech, statement or message speaks in the first person; a reference lead does not. */
const FIRST_PERSON =
  /\bI(?:\s+(?:am|was|have|had|will|would|think|believe|want|know|grew|lived|met|went)\b|'(?:m|ve|d|ll)\b)|\b(?:we|We|our|Our|me|my|My)\b/;
/** "LONDON, March 3 -", "WASHINGTON (AP) —": a dateline opens news copy. */
const DATELINE =
  /^\s*[A-Z][A-Z .'-]{2,},\s+(?:[A-Z][a-z]+\.?\s+\d|[A-Z][a-z]+\s*[-—–(])|^\s*[A-Z][A-Z .'-]{2,}\s*\((?:AP|AFP|UPI|Reuters?|Xinhua|Kyodo|dpa)\)/;

/** Where the sentence starting at `from` ends, a single line break not counting as an end. */
function leadEnd(norm: string, from: number): number {
  const m = /[.!?]["')\]]?(?:\s*\n\s*\n|\s+(?=[A-Z"]))|$/.exec(norm.slice(from, from + OPENING_CHARS));
  return from + (m ? m.index + 1 : OPENING_CHARS);
}

/**
 * Whether a document reads as an encyclopaedic lead (a Wikipedia-style article about one subject) rather than news:
 * its first sentence defines its subject with a copula and reports nothing. Only there does one country named in the
 * text stand for the setting of everything in it; a news story's country says nothing about each name it mentions.
 */
export function isEncyclopaedic(doc: Doc): boolean {
  // the text's very first line, whatever region layout gives it: a headline, byline or dateline opens no reference lead
  const first = doc.sentences[0];
  if (!first) return false;
  // the first sentence, read on across line breaks: a hard-wrapped lead is still one sentence
  const text = doc.norm.slice(first.start, Math.max(first.end, leadEnd(doc.norm, first.start)));
  // a window of characters, not of sentences, so a hard-wrapped opening is read as far as an unwrapped one
  // a quoted title ("I Knew You Were Trouble") is not the writer speaking
  const opening = doc.norm.slice(first.start, first.start + OPENING_CHARS).replace(/"[^"\n]*"/g, '""');
  return (
    !NOT_A_LEAD.test(text) &&
    !DATELINE.test(text) &&
    DEFINING.test(text) &&
    !REPORTED.test(text) &&
    !FIRST_PERSON.test(opening)
  );
}

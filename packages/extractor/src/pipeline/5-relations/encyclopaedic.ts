import type { Doc } from '../types';

/** "X (born 1963) is a …", "X, formerly Y, was the …", "X is located on …": the defining copula of a reference lead. */
const DEFINING =
  /^[\s\S]{0,240}?\s(?:is|was|are|were|has been|serves as|served as)\s+(?!(?:\w+ing|committed|pleased|proud|honored|honoured|deeply)\b)/;
/** Words of reported news: a story that says who said or announced what is not a reference lead. */
const REPORTED =
  /\b(?:said|says|told|announced|announces|[Tt]oday|[Tt]onight|[Tt]omorrow|[Yy]esterday|recently|this week|[Ll]ast (?:week|night)|[Tt]his (?:morning|afternoon|evening)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/;
/** "It is a sad day", "This proposal is …": a lead defines its subject by name, not by a pronoun. */
const PRONOUN_OPENING = /^\s*(?:It|This|That|These|Those|There)\s/;
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

/** "- item", "• item": a bulleted line belongs to a fact sheet or a release, never to a reference article. */
const BULLET_LINE = /^[ \t]*[-•*▪]\s+\S/gm;
/** "the Administration", "the Biden-Harris Administration", "FACT SHEET": a government speaking of itself. */
const ADMINISTRATION_VOICE =
  /\b(?:[Tt]he|[Tt]his|[Mm]y|[Oo]ur|[A-Z][a-z]+[-–][A-Z][a-z]+)\s+Administration\b|\bFACT SHEET\b/;
/** "we", "our", "us" outside quotations: the writer speaking for a body, which a reference article never does. */
const WE = /\b(?:[Ww]e|[Oo]ur|us)\b/g;
/** "Washington, I call on", "as I've said": the writer as "I" (not "World War I was", whose "I" follows a name). */
const WRITER_I = /(?:^|[^\w\s"“]\s*|\b[a-z]+\s+)I(?:\s+[a-z]{2,}|['’](?:m|ve|d|ll))\b/m;
/** "The President signed", "the Vice President is": a government's house style for its own head, no reference article's. */
const BARE_PRESIDENT = /\b[Tt]he (?:Vice )?President(?!\s+(?:of|and|for|to)\b)(?=\s+[a-z])|\bWhite House\b/;
/** "**Bold**", "[link](https://…)", "<figure>", "\###": a web page's markup, which a reference article's plain text lacks. */
const MARKUP = /\*\*|\]\(https?:|<figure|<img|\\#/;

/** Whether anywhere in the text a release, a fact sheet or a statement gives itself away (not only in its opening). */
function speaksAsReleaseOrStatement(norm: string): boolean {
  // quoted speech ("We will win," he said) is someone else talking, not the writer
  const unquoted = norm.replace(/["“][^"”]*["”]/g, '""');
  return (
    (norm.match(BULLET_LINE)?.length ?? 0) >= 2 ||
    ADMINISTRATION_VOICE.test(norm) ||
    (unquoted.match(WE)?.length ?? 0) >= 2 ||
    WRITER_I.test(unquoted) ||
    BARE_PRESIDENT.test(unquoted) ||
    MARKUP.test(norm)
  );
}

/** Where the sentence starting at `from` ends, a single line break not counting as an end. */
function leadEnd(norm: string, from: number): number {
  const m = /[.!?]["')\]]?(?:\s*\n\s*\n|\s+(?=[A-Z"]))|$/.exec(norm.slice(from, from + OPENING_CHARS));
  return from + (m ? m.index + 1 : OPENING_CHARS);
}

/**
 * Whether a document reads as an encyclopaedic lead (a Wikipedia-style article about one subject) rather than news:
 * its first sentence defines its subject with a copula and reports nothing. Only there does one country named in the
 * text stand for the setting of everything in it; a news story's country says nothing about each name it mentions.
 * A fact sheet can open like a reference lead ("The federal government is the largest purchaser …"), so the whole
 * text is read too for bullets, an administration's voice and the first-person plural.
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
    !PRONOUN_OPENING.test(text) &&
    !DATELINE.test(text) &&
    DEFINING.test(text) &&
    !REPORTED.test(text) &&
    !FIRST_PERSON.test(opening) &&
    !speaksAsReleaseOrStatement(doc.norm)
  );
}

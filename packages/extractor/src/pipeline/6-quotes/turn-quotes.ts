import type { Quote } from '@newsgraph/schema';
import type { Doc, Sentence, Turn } from '../types';

/** A quote grows by whole sentences up to this many characters: the answer's opening, not the whole answer. */
const QUOTE_CAP = 320;
/** A sentence longer than this is a run-on the splitter could not cut; it makes no citable quote. */
const SENTENCE_LIMIT = 1000;
/** Sentences shorter than this many words open turns without saying anything ("Thank you.", "Go ahead, Karen."). */
const MIN_WORDS = 6;

/** Short sentences that run the room rather than say anything ("I have two items for you at the top.", "Go ahead, Karen."). */
const PROCEDURAL =
  /\b(?:at the top|go ahead|let me (?:start|begin|turn)|kick (?:us|things|it) off|(?:take|get to) (?:a few |some |your )?questions|good (?:morning|afternoon|evening)|thank you|thanks|nice to see)\b/i;
const PROCEDURAL_WORDS = 14;

const words = (s: Sentence): number => s.tokens.filter((t) => /\p{L}/u.test(t.text)).length;
const endsSentence = (doc: Doc, s: Sentence): boolean =>
  /[.!?]["')\]\u201d\u2019]*$/.test(doc.norm.slice(s.start, s.end));
const sameParagraph = (doc: Doc, a: Sentence, b: Sentence): boolean =>
  !/\n[ \t]*\n/.test(doc.norm.slice(a.end, b.start));

interface Stretch {
  start: number;
  end: number;
  words: number;
  paragraphEnd: boolean;
}

/** Whole sentences of a turn: a sentence the splitter cut at a line break runs on to its terminator in the paragraph. */
function wholeSentences(doc: Doc, sentences: Sentence[]): Stretch[] {
  const out: Stretch[] = [];
  let cur: Stretch | undefined;
  sentences.forEach((s, i) => {
    cur = cur
      ? { ...cur, end: s.end, words: cur.words + words(s) }
      : { start: s.start, end: s.end, words: words(s), paragraphEnd: false };
    const next = sentences[i + 1];
    const paragraphEnd = !next || !sameParagraph(doc, s, next);
    if (endsSentence(doc, s) || paragraphEnd) {
      out.push({ ...cur, paragraphEnd });
      cur = undefined;
    }
  });
  return out;
}

const substantive = (doc: Doc, s: Stretch): boolean =>
  s.words >= MIN_WORDS &&
  !(s.words < PROCEDURAL_WORDS && PROCEDURAL.test(doc.norm.slice(s.start, s.end).replace(/\s+/g, ' ')));

/** The first substantive stretch of a turn: whole sentences of one paragraph, at least one, up to the cap. */
function openingOf(doc: Doc, sentences: Sentence[]): { start: number; end: number } | undefined {
  const whole = wholeSentences(doc, sentences);
  let i = whole.findIndex((s) => substantive(doc, s));
  const first = whole[i];
  if (
    !first ||
    first.end - first.start > SENTENCE_LIMIT ||
    !/[.!?]["')\]\u201d\u2019]*$/.test(doc.norm.slice(first.start, first.end))
  )
    return undefined;
  let last = first;
  for (i++; i < whole.length && !last.paragraphEnd; i++) {
    const next = whole[i];
    if (
      !next ||
      next.end - first.start > QUOTE_CAP ||
      !/[.!?]["')\]\u201d\u2019]*$/.test(doc.norm.slice(next.start, next.end))
    )
      break;
    last = next;
  }
  return { start: first.start, end: last.end };
}

function speakerEntity(doc: Doc, turn: Turn): string | undefined {
  const ref = turn.ref;
  if (!ref) return undefined;
  return doc.mentions.find((m) => m.start === ref.start && m.end === ref.end)?.entity;
}

/**
 * Stage 6 helper: what a named speaker says is that person's quote – one per turn, the opening sentences of the
 * answer, so a long briefing yields one citable line per answer rather than every sentence; also drops the labels'
 * upper-case forms ("PSAKI") from the speakers' aliases, since they are layout, not names the text uses.
 */
export function attributeTurns(doc: Doc): Doc {
  for (const turn of doc.turns ?? []) {
    const speaker = speakerEntity(doc, turn);
    if (!speaker || !turn.ref) continue;
    doc.entities.get(speaker)?.aliases.delete(doc.text.slice(turn.ref.start, turn.ref.end));
    const span = openingOf(
      doc,
      doc.sentences.filter((s) => s.start >= turn.start && s.end <= turn.end),
    );
    if (!span) continue;
    const quote: Quote = { speaker, start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) };
    const about = [
      ...new Set(
        doc.mentions
          .filter((m) => m.start >= span.start && m.end <= span.end && m.entity !== speaker)
          .map((m) => m.entity),
      ),
    ];
    if (about.length > 0) quote.about = about;
    doc.quotes.push(quote);
  }
  return doc;
}

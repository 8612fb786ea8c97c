import { ABBREVIATIONS, TITLE_ABBREVIATION_RE_SOURCE } from '../../text/abbreviations';
import { tokenize, type Token } from '../../text/tokens';
import { NAME_TITLES } from '../../knowledge/titles';
import type { Doc, Sentence } from '../types';

const TERMINATORS = new Set(['.', '!', '?', '…']);
// Markdown emphasis closes a bold or italic sentence ("**He was born in Ohio.** He served") as a quote does.
const CLOSERS = new Set(['"', "'", '»', ')', ']', '*', '_']);
const TITLE_TOKEN = new RegExp(`^(?:${TITLE_ABBREVIATION_RE_SOURCE})\\.$`);
// An initialism closing a hyphened word ("ASEAN-U.S.", whose stop the tokenizer splits off) and the "v." of a case
// name keep their stop, as a lone "U.S." does.
const STOP_KEEPING_WORD = /(?:^|-)(?:\p{Lu}\.)+\p{Lu}$|^v$/u;
// A dotted initialism ("U.S.", "D.C.") swallows the stop of a sentence it ends, so only the next word can tell.
const DOTTED_INITIALISM = /^(?:\p{Lu}\.){2,}$/u;
const SENTENCE_OPENERS = new Set(
  'He She It They We I The This That These Those His Her Their Its Our There But After Before When While If Since In A An'.split(
    ' ',
  ),
);

// States and the District written as initialisms close a "City, D.C." place, after which a capital starts anew.
const PLACE_INITIALISMS = new Set('D.C. N.Y. N.J. N.C. S.C. N.H. N.M. N.D. S.D. R.I.'.split(' '));

// A company's suffix ends a name, so a quote or a capital after its stop opens a new sentence unless it is a title
// ("Acme Corp. Chairman Ruth Oduya said").
const COMPANY_SUFFIXES = new Set(['inc', 'corp', 'co', 'ltd', 'plc', 'bros']);
const TITLE_WORDS = new Set(NAME_TITLES.flatMap((t) => t.split(' ')));

function companySuffixEndsSentence(suffix: string, next: string): boolean {
  if (!COMPANY_SUFFIXES.has(suffix)) return false;
  return /^["“'‘]/u.test(next) || (/^\p{Lu}/u.test(next) && !TITLE_WORDS.has(next));
}

/** True where an initialism ends its sentence: a plain sentence opener follows, or it closes "Place, D.C." */
function initialismEndsSentence(tokens: Token[], i: number): boolean {
  const tok = tokens[i];
  const next = tokens[i + 1];
  if (!tok || !next || !DOTTED_INITIALISM.test(tok.text) || next.start === tok.end) return false;
  if (SENTENCE_OPENERS.has(next.text)) return true;
  return PLACE_INITIALISMS.has(tok.text) && tokens[i - 1]?.text === ',' && /^\p{Lu}\p{Ll}/u.test(next.text);
}

function endsSentence(tokens: Token[], i: number, norm: string): boolean {
  const tok = tokens[i];
  const next = tokens[i + 1];
  if (!tok || !next) return false;
  if (norm.slice(tok.end, next.start).includes('\n')) return true;
  if (TITLE_TOKEN.test(tok.text)) return false;
  if (initialismEndsSentence(tokens, i)) return true;
  if (!TERMINATORS.has(tok.text) || next.start === tok.end) return false;
  const prev = tokens[i - 1];
  if (tok.text === '.' && prev && tok.start === prev.end) {
    const lower = prev.text.toLowerCase();
    if (ABBREVIATIONS.has(lower) || /^[A-Z]$/.test(prev.text) || STOP_KEEPING_WORD.test(prev.text))
      return SENTENCE_OPENERS.has(next.text) || companySuffixEndsSentence(lower, next.text);
  }
  return /^[\p{Lu}\p{N}"'«([]/u.test(next.text);
}

/**
 * Stage 2: splits the text into sentences with cheap token rules, breaking at paragraph ends (a line break in the
 * unwrapped `norm`), at terminators and at the edges of layout regions, which label the sentences inside them.
 */
export function splitSentences(doc: Doc): Doc {
  const tokens = tokenize(doc.norm);
  const sentences: Sentence[] = [];
  const edges = doc.regions.flatMap((r) => [r.start, r.end]).sort((a, b) => a - b);
  let edge = 0;
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok) continue;
    for (; edge < edges.length && (edges[edge] ?? 0) <= tok.start; edge++) {
      const last = current[current.length - 1];
      if (last && (edges[edge] ?? 0) >= last.end) {
        sentences.push(toSentence(current));
        current = [];
      }
    }
    current.push(tok);
    const termIdx = i;
    // closing quotes and brackets right after a terminator belong to the sentence they close
    while (
      TERMINATORS.has(tok.text) &&
      CLOSERS.has(tokens[i + 1]?.text ?? '') &&
      tokens[i + 1]?.start === current[current.length - 1]?.end
    ) {
      const closer = tokens[++i];
      if (closer) current.push(closer);
    }
    const ends = i > termIdx ? endsSentenceAfterCloser(tokens, i, doc.norm) : endsSentence(tokens, i, doc.norm);
    if (ends) {
      sentences.push(toSentence(current));
      current = [];
    }
  }
  if (current.length > 0) sentences.push(toSentence(current));
  labelRegions(sentences, doc.regions);
  doc.sentences = sentences;
  return doc;
}

/** Gives each sentence that lies inside a headline, dateline or sign-off that region's kind; both lists are in order. */
function labelRegions(sentences: Sentence[], regions: Doc['regions']): void {
  let r = 0;
  for (const s of sentences) {
    while (r < regions.length && (regions[r]?.end ?? 0) <= s.start) r++;
    const region = regions[r];
    if (region && region.start <= s.start && s.end <= region.end) s.region = region.kind;
  }
}

function endsSentenceAfterCloser(tokens: Token[], i: number, norm: string): boolean {
  const tok = tokens[i];
  const next = tokens[i + 1];
  if (!tok || !next) return false;
  return norm.slice(tok.end, next.start).includes('\n') || /^[\p{Lu}"'«]/u.test(next.text);
}

function toSentence(tokens: Token[]): Sentence {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return { start: first?.start ?? 0, end: last?.end ?? 0, tokens };
}

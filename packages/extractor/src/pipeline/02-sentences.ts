import { tokenize, type Token } from '../text/tokens';
import type { Doc, Sentence } from './types';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'st', 'jr', 'sr', 'inc', 'corp', 'ltd', 'co', 'no',
  'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'lt', 'col', 'capt', 'sgt',
  'mt', 'ft', 'ave', 'fig', 'approx', 'dept', 'est', 'vol', 'pp', 'op', 'rev', 'hon', 'adm', 'cmdr', 'gens',
]);
const TERMINATORS = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', "'", '»', ')', ']']);

function endsSentence(tokens: Token[], i: number, norm: string): boolean {
  const tok = tokens[i];
  const next = tokens[i + 1];
  if (!tok || !next) return false;
  if (norm.slice(tok.end, next.start).includes('\n')) return true;
  if (/^(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Adm|Rev|Hon)\.$/.test(tok.text)) return false;
  if (!TERMINATORS.has(tok.text) || next.start === tok.end) return false;
  const prev = tokens[i - 1];
  if (tok.text === '.' && prev && tok.start === prev.end) {
    const lower = prev.text.toLowerCase();
    if (ABBREVIATIONS.has(lower) || /^[A-Z]$/.test(prev.text)) return false;
  }
  return /^[\p{Lu}\p{N}"'«(\[]/u.test(next.text);
}

/** Stage 2: splits the text into sentences with cheap token rules, breaking at line ends and terminators. */
export function splitSentences(doc: Doc): Doc {
  const tokens = tokenize(doc.norm);
  const sentences: Sentence[] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok) continue;
    current.push(tok);
    const termIdx = i;
    // closing quotes and brackets right after a terminator belong to the sentence they close
    while (TERMINATORS.has(tok.text) && CLOSERS.has(tokens[i + 1]?.text ?? '') && tokens[i + 1]?.start === current[current.length - 1]?.end) {
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
  doc.sentences = sentences;
  return doc;
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

import { TITLE_ABBREVIATION_RE_SOURCE } from './abbreviations';

/** A word or punctuation token with its offsets in the input text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Words keep inner hyphens, apostrophes and dotted abbreviations (U.S.) together; anything else is one char.
const TOKEN_RE = new RegExp(
  `(?:[A-Z]\\.){2,}|(?:${TITLE_ABBREVIATION_RE_SOURCE})\\.|['’][sS]\\b|[\\p{L}\\p{N}]+(?:[-.&][\\p{L}\\p{N}]+|['’](?![sS]\\b)[\\p{L}\\p{N}]+)*|\\S`,
  'gu',
);

/** Splits text into word and punctuation tokens cheaply, without any tagging, to keep extraction fast. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    out.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

/** True for a token that starts with an upper-case letter, the cheap signal of a proper name. */
export function isCapitalised(token: string): boolean {
  const c = token.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && token[0] !== token[0]?.toLowerCase());
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;

/** Classifies one character as X, x, d or itself; ASCII takes the fast path since it dominates news text. */
function charClass(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 128) {
    if (c >= 65 && c <= 90) return 'X';
    if (c >= 97 && c <= 122) return 'x';
    if (c >= 48 && c <= 57) return 'd';
    return ch;
  }
  if (UPPER.test(ch)) return 'X';
  if (LOWER.test(ch)) return 'x';
  if (DIGIT.test(ch)) return 'd';
  return ch;
}

/** Coarse word shape with runs collapsed ("Xx", "X.X.", "d-d"): the strongest generalising cue for unseen names. */
export function shortShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = charClass(ch);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Casing class of a token, the cue that matters most in English NER. */
export function capClass(word: string): string {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let firstUpper = false;
  let i = 0;
  for (const ch of word) {
    const c = charClass(ch);
    if (c === 'X') {
      upper++;
      if (i === 0) firstUpper = true;
    } else if (c === 'x') lower++;
    else if (c === 'd') digit++;
    i++;
  }
  if (digit > 0) return upper + lower > 0 ? 'alnum' : 'num';
  if (upper + lower === 0) return 'punct';
  if (lower === 0) return upper === 1 ? 'single' : 'caps';
  if (upper === 0) return 'lower';
  if (firstUpper) return upper > 1 ? 'mixed' : 'init';
  return 'camel';
}

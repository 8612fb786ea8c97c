import { CONLL_ABBREVIATIONS } from '../text/abbreviations';

/** A token with UTF-16 offsets into the text it came from, so spans can be sliced back out exactly. */
export interface NerToken {
  text: string;
  start: number;
  end: number;
}

/** Clitics split off as their own token, matching CoNLL/Penn conventions ("Clinton" "'s", "do" "n't"). */
const CLITIC = /^['’](?:s|re|ve|ll|d|m)$/i;
const CLITIC_ALT = '(?:[sSdDmM]|re|RE|ve|VE|ll|LL)';

// One alternation, tried left to right at each non-space position (sticky).
const TOKEN_RE = new RegExp(
  [
    'https?://[^\\s<>"“”«»]+[^\\s<>"“”«».,;:!?)\\]\'’]', // URL
    '[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+', // e-mail
    '(?:\\p{L}\\.){2,}(?:\\p{L}(?![\\p{L}\\p{N}]))?', // U.S., U.S.A., a.m.
    '[+-]?\\.?\\d+(?:[.,:/-]\\d+)*(?:\\p{L}+)?', // 1996-08-22, 3,000.5, 6-4, 1990s, 2nd
    "['’]" + CLITIC_ALT + '(?![\\p{L}\\p{N}])', // clitic
    "[\\p{L}\\p{M}\\p{N}]+(?:(?:[-&/]|['’](?!" + CLITIC_ALT + '(?![\\p{L}\\p{N}])))[\\p{L}\\p{M}\\p{N}]+)*', // word, O'Neill, Anglo-Dutch, AT&T
    '\\.{2,}|…|-{2,}|[–—]', // ellipsis, dashes
    '[^\\s]', // any other single character
  ].join('|'),
  'guy',
);

const NEGATION = /n['’]t$/i;

/** Splits raw text into word tokens with exact offsets, following CoNLL tokenisation closely so a model trained on it transfers. */
export function tokenizeConll(text: string): NerToken[] {
  const out: NerToken[] = [];
  const re = new RegExp(TOKEN_RE.source, 'guy');
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    const c = text.charCodeAt(pos);
    if (
      c === 32 ||
      c === 10 ||
      c === 9 ||
      c === 13 ||
      c === 160 ||
      (c >= 0x2000 && c <= 0x200b) ||
      c === 0x3000 ||
      c === 12
    ) {
      pos++;
      continue;
    }
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) {
      pos++; // a lone surrogate or similar: skip it
      continue;
    }
    let word = m[0];
    let end = pos + word.length;
    if (NEGATION.test(word) && word.length > 3) {
      const cut = end - 3;
      out.push({ text: text.slice(pos, cut), start: pos, end: cut });
      out.push({ text: text.slice(cut, end), start: cut, end });
      pos = end;
      continue;
    }
    // A period that ends a line is the sentence's own, as in CoNLL ("Lear Corp" "."), so give it back.
    if (word.length > 1 && word.endsWith('.') && endsLine(text, end)) {
      end--;
      word = word.slice(0, -1);
    }
    // Keep the period of a known abbreviation or a single-letter initial ("J. Smith").
    if (text.charCodeAt(end) === 46 && text.charCodeAt(end + 1) !== 46 && /^\p{L}+$/u.test(word)) {
      const abbr = CONLL_ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && /\p{Lu}/u.test(word));
      if (abbr && !endsLine(text, end + 1)) {
        end++;
        word = text.slice(pos, end);
      }
    }
    out.push({ text: word, start: pos, end });
    pos = end;
  }
  return out;
}

/** True when only spaces and closing quotes separate `pos` from a line end. */
function endsLine(text: string, pos: number): boolean {
  for (let i = pos; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') return true;
    if (ch !== ' ' && ch !== '"' && ch !== '”' && ch !== '’' && ch !== "'" && ch !== '\t') return false;
  }
  return true;
}

/** True for clitic tokens such as "'s", which never start a name. */
export function isClitic(token: string): boolean {
  return CLITIC.test(token);
}

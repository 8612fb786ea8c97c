import type { NerToken } from './conll-tokens';

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const TERMINAL = /^(?:[.!?]+|…|\.\.\.+)$/;

/** Groups tokens into sentences at line breaks and at terminal punctuation before a capital, which is all a left-to-right tagger needs. */
export function splitTaggerSentences(text: string, tokens: NerToken[]): NerToken[][] {
  const out: NerToken[][] = [];
  let cur: NerToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const prev = cur.length > 0 ? cur[cur.length - 1] : undefined;
    if (prev && text.slice(prev.end, tok.start).includes('\n')) {
      out.push(cur);
      cur = [];
    }
    cur.push(tok);
    if (!TERMINAL.test(tok.text)) continue;
    // absorb closing quotes and brackets, then break if what follows looks like a new sentence
    let j = i + 1;
    while (
      j < tokens.length &&
      CLOSERS.has(tokens[j]!.text) &&
      !text.slice(tokens[j - 1]!.end, tokens[j]!.start).includes('\n')
    ) {
      cur.push(tokens[j]!);
      j++;
    }
    i = j - 1;
    const next = tokens[j];
    if (!next || /^[\p{Lu}\p{N}"“‘'([«]/u.test(next.text)) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

import { collapseSpaces } from '../../text/name-text';
import { isCapitalised } from '../../text/tokens';
import type { Doc } from '../types';

/**
 * Offers every phrase that starts with a capitalised token (up to `maxTokens` tokens, longest first) to `match`;
 * a phrase that matches consumes its tokens, so a longer name wins over the words inside it.
 */
export function scanCapitalisedPhrases<T>(
  doc: Doc,
  maxTokens: number,
  match: (form: string, start: number, end: number) => T | undefined,
): T[] {
  const out: T[] = [];
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i];
      if (!first || !isCapitalised(first.text)) continue;
      for (let n = Math.min(maxTokens, tokens.length - i); n >= 1; n--) {
        const last = tokens[i + n - 1];
        if (!last) continue;
        // a name wrapped onto an indented line ("United\n    States") is looked up as it reads
        const found = match(collapseSpaces(doc.norm.slice(first.start, last.end)), first.start, last.end);
        if (found === undefined) continue;
        out.push(found);
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

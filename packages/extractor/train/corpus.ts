import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { splitTaggerSentences } from '../src/ner/tagger-sentences';
import { tokenizeConll } from '../src/ner/conll-tokens';

/** Streams sentences (as token texts) of the unlabelled article corpus, for lexicon statistics only. */
export function* corpusSentences(path: string, maxDocs = Infinity): Generator<string[]> {
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  let n = 0;
  let pos = 0;
  while (pos < text.length && n < maxDocs) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    pos = nl + 1;
    if (!line.trim()) continue;
    const body = (JSON.parse(line) as { text?: string }).text ?? '';
    n++;
    const toks = tokenizeConll(body);
    for (const s of splitTaggerSentences(body, toks)) yield s.map((t) => t.text);
  }
}

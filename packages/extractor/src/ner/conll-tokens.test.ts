import { splitTaggerSentences } from './tagger-sentences';
import { tokenizeConll } from './conll-tokens';

describe('tokenizeConll', () => {
  const text =
    "Mr. O’Neill’s U.S.-based firm, AT&T, didn't pay $3,000.50 on 1996-08-22 (6-4). «Oui», said “Jo”… " +
    'Visit https://example.com/a?b=1. The E.U. met in Brussels.\nJ. Smith of Acme Corp.';
  const toks = tokenizeConll(text);

  it('gives offsets that slice back to each token', () => {
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (let i = 1; i < toks.length; i++) expect(toks[i]!.start).toBeGreaterThanOrEqual(toks[i - 1]!.end);
  });

  it('splits and keeps pieces the way CoNLL does', () => {
    const words = toks.map((t) => t.text);
    expect(words.slice(0, 5)).toEqual(['Mr.', 'O’Neill', '’s', 'U.S.', '-']);
    expect(words).toEqual(
      expect.arrayContaining(['AT&T', 'did', "n't", '$', '3,000.50', '1996-08-22', '6-4', '«', '»', '“', '”']),
    );
    expect(words).toEqual(expect.arrayContaining(['https://example.com/a?b=1', 'E.U.', 'J.', 'Corp']));
    expect(words[words.length - 1]).toBe('.');
  });

  it('covers every non-space character', () => {
    const covered = toks.reduce((n, t) => n + t.end - t.start, 0);
    expect(covered).toBe(text.replace(/\s/g, '').length);
  });
});

describe('splitTaggerSentences', () => {
  it('breaks at terminal punctuation before a capital and at line ends, not after abbreviations', () => {
    const text = 'Mr. Smith went to Washington. He met Dr. Jones in the U.S. capital!\n“Fine,” he said.';
    const sents = splitTaggerSentences(text, tokenizeConll(text)).map((s) => s.map((t) => t.text).join(' '));
    expect(sents).toEqual([
      'Mr. Smith went to Washington .',
      'He met Dr. Jones in the U.S. capital !',
      '“ Fine , ” he said .',
    ]);
  });
});

import type { MentionSpan } from '@newsgraph/schema';
import { pieces } from './article-text';

const text = 'Long Zhou, an official, spoke. Long said <img src=x onerror=alert(1)> twice.';
const span = (start: number, value: string, id: string): MentionSpan => ({
  start,
  end: start + value.length,
  text: value,
  entity: { id, name: value, type: 'Person' },
});
const mentions = [span(0, 'Long Zhou', 'p:long'), span(31, 'Long', 'p:long'), span(5, 'Zhou', 'p:other')];

describe('pieces', () => {
  it('marks every mention of the chosen entities and outlines the sentence; joined they are the text', () => {
    const out = pieces(text, mentions, ['p:long'], 'Long Zhou, an official, spoke.');
    expect(out.map((p) => p.text).join('')).toBe(text);
    expect(out.filter((p) => p.mention).map((p) => [p.text, p.mention?.index])).toEqual([
      ['Long Zhou', 0],
      ['Long', 1],
    ]);
    expect(
      out
        .filter((p) => p.inSentence)
        .map((p) => p.text)
        .join(''),
    ).toBe('Long Zhou, an official, spoke.');
  });

  it('keeps the first of overlapping mentions and skips spans that do not match the text', () => {
    const out = pieces(text, [...mentions, span(40, 'nope', 'p:long')], ['p:long', 'p:other'], null);
    expect(out.filter((p) => p.mention).map((p) => p.text)).toEqual(['Long Zhou', 'Long']);
    expect(out.some((p) => p.inSentence)).toBe(false);
  });

  it('leaves markup-like text as plain text pieces', () => {
    const out = pieces(text, [], [], null);
    expect(out).toEqual([{ text, mention: null, inSentence: false }]);
  });
});

import { parseJudgedFile } from './judged-item';
import { sentenceAround } from './sentence-around';

describe('sentenceAround', () => {
  const text = 'First one ends here. The Treasury\nDepartment acted today. Last one.\n\nNew paragraph.';

  it('returns the sentence holding the span, across a single line break, with whitespace folded', () => {
    const at = text.indexOf('Treasury');
    expect(sentenceAround(text, at, at + 'Treasury'.length)).toBe('The Treasury Department acted today.');
  });

  it('stops at a paragraph break', () => {
    const at = text.indexOf('New');
    expect(sentenceAround(text, at, at + 3)).toBe('New paragraph.');
  });
});

describe('parseJudgedFile', () => {
  it('reads judged lines and names the first line that does not fit the shape', () => {
    const entity = {
      kind: 'entity',
      articleId: 'a',
      title: 't',
      name: 'Dublin',
      type: 'Location',
      aliases: [],
      mentions: 1,
      examples: [],
      verdict: true,
      reason: 'city',
    };
    expect(parseJudgedFile(`${JSON.stringify(entity)}\n`)).toHaveLength(1);
    expect(() =>
      parseJudgedFile(`${JSON.stringify(entity)}\n${JSON.stringify({ ...entity, verdict: 'yes' })}\n`),
    ).toThrow(/line 2/);
  });
});

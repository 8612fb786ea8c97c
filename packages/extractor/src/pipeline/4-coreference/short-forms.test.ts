import { extractText } from '../3-entities/fake-tagger';
import type { SpanTagger } from '../types';

describe('addShortForms', () => {
  it('links an all-capitals surname in a headline to the full-named person ("EDBERG")', () => {
    const text = 'TENNIS - EDBERG REFUSES TO QUIT.\nStefan Edberg won on Friday.';
    const at = text.indexOf('Stefan Edberg');
    const tagger: SpanTagger = {
      tagDocument: () => [{ start: at, end: at + 'Stefan Edberg'.length, type: 'PER', confidence: 0.9 }],
    };
    const people = extractText(text, tagger).entities.filter((e) => e.type === 'Person');
    expect(people.map((e) => e.mentions.map((m) => m.text))).toEqual([['EDBERG', 'Stefan Edberg']]);
  });

  it('links an organisation\'s distinctive first word to it ("Commerce" of "Commerce Bancshares Inc"), not an adjective', () => {
    const text =
      'Commerce Bancshares Inc and Islamic Bank grew. Analysts said rivals could buy Commerce. Islamic groups protested.';
    const spans = [
      ['Commerce Bancshares Inc', 0],
      ['Islamic Bank', text.indexOf('Islamic Bank')],
    ] as const;
    const tagger: SpanTagger = {
      tagDocument: () =>
        spans.map(([form, at]) => ({ start: at, end: at + form.length, type: 'ORG' as const, confidence: 0.9 })),
    };
    const orgs = extractText(text, tagger).entities.filter((e) => e.type === 'Organization');
    expect(orgs.map((e) => e.mentions.map((m) => m.text))).toEqual([
      ['Commerce Bancshares Inc', 'Commerce'],
      ['Islamic Bank'],
    ]);
  });
});

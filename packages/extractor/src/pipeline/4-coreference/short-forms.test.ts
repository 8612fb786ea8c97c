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

  it('keeps "Dr. Kowalski" apart from "Governor Adam Kowalski", and joins the article\'s "Governor Kowalski" to him', () => {
    // tagged spans and untagged tokens alike: the spouse's title decides, the governor's surname alone does not
    const text =
      'Governor Adam Kowalski and Dr. Kowalski visited a school in Lansing. Dr. Kowalski read to the pupils, and ' +
      'Governor Kowalski announced new funds.';
    const at = (form: string, from = 0): number => text.indexOf(form, from);
    const second = at('Dr. Kowalski', at('Dr. Kowalski') + 1);
    const tagger: SpanTagger = {
      tagDocument: () => [
        { start: at('Adam Kowalski'), end: at('Adam Kowalski') + 13, type: 'PER', confidence: 0.9 },
        { start: at('Dr. Kowalski'), end: at('Dr. Kowalski') + 12, type: 'PER', confidence: 0.9 },
        { start: at('Lansing'), end: at('Lansing') + 7, type: 'LOC', confidence: 0.9 },
        { start: second + 4, end: second + 12, type: 'PER', confidence: 0.9 },
      ],
    };
    const people = extractText(text, tagger).entities.filter((e) => e.type === 'Person');
    const byName = new Map(people.map((e) => [e.name, e.mentions.map((m) => text.slice(m.start - 4, m.end))]));
    expect(byName.get('Adam Kowalski')).toEqual(['nor Adam Kowalski', 'nor Kowalski']);
    expect(byName.get('Kowalski')).toEqual(['Dr. Kowalski', 'Dr. Kowalski']);
  });
});

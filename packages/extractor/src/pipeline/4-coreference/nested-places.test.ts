import { extractText, fakeTagger } from '../3-entities/fake-tagger';
import type { SpanTagger } from '../types';
import { normalise } from '../1-layout/normalise';
import { nestedToKeep } from './nested-places';

const nested = (text: string, tagger?: SpanTagger | null): string[] =>
  extractText(text, tagger).entities.flatMap((e) =>
    e.mentions.filter((m) => m.kind === 'nested').map((m) => `${m.text}:${e.id}`),
  );

describe('findNestedPlaces', () => {
  it("finds the places named inside organisation and event names, linked to the article's own place entity", () => {
    const text =
      'She studied at the University of Texas before the Pittsburgh Pirates signed her. Pittsburgh cheered. The Vietnam War shaped him.';
    const tagger = fakeTagger(text, [
      ['University of Texas', 'ORG', 0.9],
      ['Pittsburgh Pirates', 'ORG', 0.9],
      ['Pittsburgh', 'LOC', 0.9, 1],
      ['Vietnam War', 'MISC', 0.9],
    ]);
    const found = nested(text, tagger);
    expect(found).toEqual(expect.arrayContaining(['Texas:loc:texas', 'Pittsburgh:loc:pittsburgh']));
    // the Pittsburgh of the team is the city named on its own
    const city = extractText(text, tagger).entities.find((e) => e.id === 'loc:pittsburgh');
    expect(city?.mentions.map((m) => m.kind)).toEqual(['name', 'nested']);
  });

  it('finds the town an institution is named after and the "of" place of a person or peer, no lexicon needed', () => {
    const text =
      'He left Stephenville High School. He taught at the University of Pisa and at Rice University. Bonosus of Sardica and the Earl of Snowdon came.';
    const tagger = fakeTagger(text, [
      ['Stephenville High School', 'ORG', 0.9],
      ['University of Pisa', 'ORG', 0.9],
      ['Rice University', 'ORG', 0.9],
      ['Bonosus of Sardica', 'PER', 0.9],
      ['Earl of Snowdon', 'ORG', 0.9],
    ]);
    const found = nested(text, tagger);
    expect(found).toEqual(
      expect.arrayContaining([
        'Stephenville:loc:stephenville',
        'Pisa:loc:pisa',
        'Sardica:loc:sardica',
        'Snowdon:loc:snowdon',
      ]),
    );
    // "Rice" is no known place and might be a founder's name: nothing is made of it
    expect(found.some((f) => f.startsWith('Rice'))).toBe(false);
  });

  it('finds the place a battle or a siege is named after', () => {
    const text = 'He was wounded at the Battle of Chudnov in 1660.';
    const tagger = fakeTagger(text, [['Battle of Chudnov', 'ORG', 0.9]]);
    expect(nested(text, tagger)).toEqual(expect.arrayContaining(['Chudnov:loc:chudnov']));
  });

  it('finds no place inside a meeting named after its host ("Lisbon Security Conference")', () => {
    const text = 'Delegates spoke at the Lisbon Security Conference on Friday.';
    const tagger = fakeTagger(text, [['Lisbon Security Conference', 'MISC', 0.9]]);
    expect(nested(text, tagger)).toEqual([]);
    expect(extractText(text, tagger).entities.map((e) => e.name)).toEqual(['Lisbon Security Conference']);
  });

  it('leaves words that are no place alone and never nests a name in itself', () => {
    const text = 'The National Union of Mineworkers met Acme Holdings in Brussels.';
    const tagger = fakeTagger(text, [
      ['National Union of Mineworkers', 'ORG', 0.9],
      ['Acme Holdings', 'ORG', 0.9],
      ['Brussels', 'LOC', 0.9],
    ]);
    expect(nested(text, tagger)).toEqual([]);
  });

  it('keeps nested mentions out of name scoring: they are of kind nested, never name', () => {
    const text = 'Shares of the Bank of Japan rose.';
    const tagger = fakeTagger(text, [['Bank of Japan', 'ORG', 0.9]]);
    const japan = extractText(text, tagger).entities.find((e) => e.id === 'country:JP');
    expect(japan?.mentions.map((m) => `${m.text}/${m.kind}`)).toEqual(['Japan/nested']);
  });

  it("gives out a related place's nested mentions only while its own mentions outnumber them", () => {
    const doc = normalise('Texas Instruments and the University of Texas are in Austin, Texas.');
    doc.mentions = [{ start: 54, end: 59, kind: 'name', entity: 'loc:texas' }];
    doc.nested = [
      { start: 0, end: 5, kind: 'nested', entity: 'loc:texas' },
      { start: 40, end: 45, kind: 'nested', entity: 'loc:texas' },
    ];
    expect(nestedToKeep(doc)).toHaveLength(2);
    const evidence = { start: 0, end: 10, text: 'Texas Inst' };
    doc.relations = [
      { subject: 'loc:austin', predicate: 'LOCATED_IN', object: 'loc:texas', confidence: 0.8, evidence },
    ];
    expect(nestedToKeep(doc)).toEqual([]);
  });
});

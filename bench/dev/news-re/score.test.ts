import type { ExtractedEntity, ExtractionResult } from '@newsgraph/schema';
import type { Sentence } from './conll04';
import { score } from './score';

// "John Smith works for Acme in Boston." with gold Work_For(John Smith, Acme) and Live_In(John Smith, Boston)
const sentence: Sentence = {
  id: '1',
  text: 'John Smith works for Acme in Boston.',
  entities: [
    { type: 'Peop', start: 0, end: 10, text: 'John Smith' },
    { type: 'Org', start: 21, end: 25, text: 'Acme' },
    { type: 'Loc', start: 29, end: 35, text: 'Boston' },
  ],
  gold: new Map([['WF|0|1', 'Work_For']]),
  relations: [
    { head: 0, tail: 1, type: 'Work_For' },
    { head: 0, tail: 2, type: 'Live_In' },
  ],
};

const entity = (id: string, type: ExtractedEntity['type'], start: number, end: number): ExtractedEntity => ({
  id,
  name: sentence.text.slice(start, end),
  type,
  aliases: [],
  mentions: [{ start, end, text: sentence.text.slice(start, end), kind: 'name' }],
});

const relation = (subject: string, predicate: 'HOLDS_POSITION' | 'MEMBER_OF' | 'LOCATED_IN', object: string) => ({
  subject,
  predicate,
  object,
  confidence: 0.9,
  evidence: { start: 0, end: sentence.text.length, text: sentence.text },
});

const output = (relations: ExtractionResult['relations']): Map<string, ExtractionResult> =>
  new Map([
    [
      '1',
      {
        id: '1',
        entities: [entity('p', 'Person', 0, 10), entity('o', 'Organization', 21, 25), entity('l', 'Location', 29, 35)],
        relations,
        quotes: [],
      },
    ],
  ]);

describe('news-sentence relation scoring', () => {
  it('counts work-for once per pair whichever predicate finds it', () => {
    const { res, errors } = score(
      [sentence],
      output([relation('p', 'HOLDS_POSITION', 'o'), relation('p', 'MEMBER_OF', 'o')]),
    );
    expect(res['ALL']).toMatchObject({ tp: 1, predicted: 1, gold: 1, F1: 1 });
    expect(errors).toEqual([]);
  });

  it('charges a place given to a pair that only lives there as a false positive, and reports the miss', () => {
    const { res, errors } = score([sentence], output([relation('p', 'LOCATED_IN', 'l')]));
    expect(res['ALL']).toMatchObject({ tp: 0, predicted: 1, gold: 1 });
    expect(res['Located_In']).toMatchObject({ predicted: 1, gold: 0 });
    expect(errors.map((e) => `${e.kind}: ${e.why}`)).toEqual([
      'FP: gold has Live_In (same direction)',
      'MISS: entities found, relation not',
    ]);
  });
});

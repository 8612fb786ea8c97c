import type { ExtractionResult } from '@newsgraph/schema';
import type { GumDoc } from './eval-modules';
import { gumMisses } from './gum-misses';

const text = 'Ada Quill studied at Harrow. The Lanes of Bramford opened. Quill left.';
const at = (s: string, from = 0): { start: number; end: number } => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length };
};
const doc: GumDoc = {
  id: 'd',
  text,
  gold: [
    { ...at('Ada Quill'), type: 'person', identity: 'Ada_Quill' },
    { ...at('Harrow'), type: 'organization', identity: 'Harrow_School' },
    { ...at('Bramford'), type: 'place', identity: 'Bramford' },
    { ...at('Quill', 40), type: 'person', identity: 'Ada_Quill' },
  ],
};
const mention = (s: string, from = 0) => ({ ...at(s, from), text: s, kind: 'name' as const });
const output: ExtractionResult = {
  id: 'd',
  entities: [
    { id: 'p1', name: 'Ada Quill', type: 'Person', aliases: [], mentions: [mention('Ada Quill')] },
    { id: 'l1', name: 'Harrow', type: 'Location', aliases: [], mentions: [mention('Harrow')] },
    {
      id: 'o1',
      name: 'Lanes of Bramford',
      type: 'Organization',
      aliases: [],
      mentions: [mention('Lanes of Bramford')],
    },
    { id: 'p2', name: 'Quill', type: 'Person', aliases: [], mentions: [mention('Quill', 40)] },
  ],
  relations: [],
  quotes: [],
};

describe('gumMisses', () => {
  it('classes each missed gold mention and counts the pairs a split entity loses', () => {
    const { misses, splits } = gumMisses([doc], new Map([['d', output]]));
    expect(misses.map((m) => `${m.text}: ${m.cls}`)).toEqual([
      'Harrow: other type, same span',
      'Bramford: other type, inside a longer name',
    ]);
    expect(splits.map((s) => s.lost)).toEqual([1]);
  });
});

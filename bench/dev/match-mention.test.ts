import type { ExtractionResult } from '@newsgraph/schema';
import { matchMention, outputMentions } from './match-mention';

const record: ExtractionResult = {
  id: 'd',
  entities: [
    {
      id: 'org:acme',
      name: 'Acme Corp',
      type: 'Organization',
      aliases: [],
      mentions: [{ start: 0, end: 9, text: 'Acme Corp', kind: 'name' }],
    },
    {
      id: 'person:acme',
      name: 'Acme',
      type: 'Person',
      aliases: [],
      mentions: [{ start: 0, end: 4, text: 'Acme', kind: 'name' }],
    },
    {
      id: 'country:US',
      name: 'United States',
      type: 'Country',
      aliases: [],
      mentions: [
        { start: 20, end: 33, text: 'United States', kind: 'nominal' },
        { start: 24, end: 30, text: 'States', kind: 'name' },
      ],
    },
  ],
  relations: [],
  quotes: [],
};

describe('matching a gold mention to an output mention', () => {
  const mentions = outputMentions(record);

  it('takes only an overlapping mention of a compatible type', () => {
    expect(matchMention({ start: 0, end: 4, type: 'ORG' }, mentions)?.entity).toBe('org:acme');
    expect(matchMention({ start: 0, end: 4, type: 'PER' }, mentions)?.entity).toBe('person:acme');
    expect(matchMention({ start: 10, end: 19, type: 'ORG' }, mentions)).toBeUndefined();
  });

  it('prefers a name mention to a larger overlap of another kind', () => {
    const hit = matchMention({ start: 20, end: 33, type: 'LOC' }, mentions);
    expect(hit).toMatchObject({ entity: 'country:US', kind: 'name', start: 24 });
  });
});

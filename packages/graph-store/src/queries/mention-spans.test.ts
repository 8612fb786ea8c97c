import type { EntityRef } from '@newsgraph/schema';
import { mentionSpans } from './mention-spans';

const xi: EntityRef = { id: 'person:xi-jinping', name: 'Xi Jinping', type: 'Person' };
const china: EntityRef = { id: 'country:china', name: 'China', type: 'Country' };
const prc: EntityRef = { id: 'country:prc', name: "People's Republic of China", type: 'Country' };

describe('mentionSpans', () => {
  it('finds each name as a whole word, across a line break and with a curly apostrophe', () => {
    const text = 'President Xi\nJinping of the People\u2019s Republic of China met Chinatown leaders. Xi spoke.';
    const spans = mentionSpans(text, [
      { entity: xi, names: ['Xi Jinping', 'Xi'] },
      { entity: china, names: ['China'] },
      { entity: prc, names: ["People's Republic of China"] },
    ]);
    // Offsets found by hand in the text above, not by the function.
    expect(spans.map(({ start, end, entity }) => [start, end, entity.id])).toEqual([
      [10, 20, xi.id],
      [28, 54, prc.id],
      [78, 80, xi.id],
    ]);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('skips one-letter names and names the text does not contain', () => {
    expect(mentionSpans('A visit to Beijing.', [{ entity: china, names: ['A', 'Shanghai'] }])).toEqual([]);
  });
});

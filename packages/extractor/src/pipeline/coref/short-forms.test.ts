import { extract } from '../../extract';
import { useTagger } from '../entities/ner-source';

afterEach(() => useTagger(undefined));

describe('addShortForms', () => {
  it('links an all-capitals surname in a headline to the full-named person ("EDBERG")', () => {
    const text = 'TENNIS - EDBERG REFUSES TO QUIT.\nStefan Edberg won on Friday.';
    const at = text.indexOf('Stefan Edberg');
    useTagger({ tagDocument: () => [{ start: at, end: at + 'Stefan Edberg'.length, type: 'PER', confidence: 0.9 }] });
    const people = extract({ id: 't', text }).entities.filter((e) => e.type === 'Person');
    expect(people.map((e) => e.mentions.map((m) => m.text))).toEqual([['EDBERG', 'Stefan Edberg']]);
  });
});

import { relationsOf, type TestMention } from './test-doc';

describe('names cut across "and"', () => {
  const e: TestMention[] = [
    ['Okafor', 'Person'],
    ['Lund LLP', 'Organization'],
    ['Tallinn', 'Location'],
    ['Estonia', 'Country'],
    ['Water Council', 'Organization'],
    ['Ministry of Culture', 'Organization'],
  ];

  it('reads a firm after a partner’s surname as cut, even when the surname is tagged as a person', () => {
    expect(relationsOf('He was a partner at Okafor and Lund LLP in Tallinn for a decade.', e)).toEqual([]);
    expect(relationsOf('He was a partner at Lund LLP in Tallinn for a decade.', e)).toEqual([
      'Lund LLP LOCATED_IN Tallinn',
    ]);
  });

  it('reads a body after a capitalised word and "and" as cut', () => {
    expect(relationsOf('The Baltic Soil and Water Council in Tallinn met twice.', e)).toEqual([]);
    expect(relationsOf('The Water Council in Tallinn met twice.', e)).toEqual(['Water Council LOCATED_IN Tallinn']);
  });

  it('reads a field-named body that goes on after "and" as cut', () => {
    expect(relationsOf('Estonia’s Ministry of Culture and Sport opened a library.', e)).toEqual([]);
    expect(relationsOf('Estonia’s Ministry of Culture opened a library.', e)).toEqual([
      'Ministry of Culture LOCATED_IN Estonia',
    ]);
  });
});

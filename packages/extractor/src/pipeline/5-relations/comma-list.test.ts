import { relationsOf } from './test-doc';

const PLACES: Parameters<typeof relationsOf>[1] = [
  ['Pennsylvania', 'Location'],
  ['Wisconsin', 'Location'],
  ['Michigan', 'Location'],
  ['Ohio', 'Location'],
  ['Montreal', 'Location'],
  ['Brazil', 'Country'],
  ['London', 'Location'],
  ['United States', 'Country'],
  ['Middle East', 'Location'],
  ['Africa', 'Location'],
  ['Europe', 'Location'],
  ['Japan', 'Country'],
  ['Chile', 'Country'],
  ['Westmere', 'Location'],
  ['Guilderland', 'Location'],
  ['Albany County', 'Location'],
  ['New York', 'Location'],
  ['Springfield', 'Location'],
  ['Illinois', 'Location'],
  ['Detroit', 'Location'],
  ['Los Angeles', 'Location'],
  ['California', 'Location'],
];

describe('comma lists are not chains', () => {
  it('places no item of a list of places inside the next one', () => {
    expect(
      relationsOf('The senator campaigned in Pennsylvania, Wisconsin, Michigan and Ohio last week.', PLACES),
    ).toEqual([]);
    expect(relationsOf('The miner has offices in Montreal, Brazil and London.', PLACES)).toEqual([]);
    expect(relationsOf('Exports to Europe, Japan and Chile fell in May.', PLACES)).toEqual([]);
  });

  it('reads the same preposition before each place as a list', () => {
    expect(relationsOf('The group has cells in the Middle East, in Africa, in Europe.', PLACES)).toEqual([]);
  });

  it('does not chain a place to a country that only qualifies the next noun', () => {
    expect(relationsOf('Talks in London, United States officials said, ended without a deal.', PLACES)).toEqual([]);
  });

  it('keeps chains that widen at each step, alone or inside a list', () => {
    expect(relationsOf('He was born in Springfield, Illinois, United States, in 1950.', PLACES)).toEqual(
      expect.arrayContaining(['Springfield LOCATED_IN Illinois', 'Illinois LOCATED_IN United States']),
    );
    expect(relationsOf('She lives in Westmere, Guilderland, Albany County, New York.', PLACES)).toEqual(
      expect.arrayContaining(['Guilderland LOCATED_IN Albany County', 'Albany County LOCATED_IN New York']),
    );
    expect(relationsOf('The band toured Los Angeles, California and Detroit, Michigan.', PLACES)).toEqual(
      expect.arrayContaining(['Los Angeles LOCATED_IN California', 'Detroit LOCATED_IN Michigan']),
    );
  });
});

describe('abbreviated states', () => {
  it('close a chain like spelled-out ones', () => {
    const e: Parameters<typeof relationsOf>[1] = [
      ['Savannah River Plant', 'Location'],
      ['Aiken', 'Location'],
      ['S.C.', 'Location'],
    ];
    expect(relationsOf('The reactors, all at the Savannah River Plant, in Aiken, S.C., were shut down.', e)).toEqual(
      expect.arrayContaining(['Savannah River Plant LOCATED_IN Aiken', 'Aiken LOCATED_IN S.C.']),
    );
  });
});

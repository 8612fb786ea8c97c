import { relationsOf } from './test-doc';

describe('location chains', () => {
  it('reads a town followed by its region even when a list goes on', () => {
    expect(
      relationsOf('Ayala was born in Saginaw, Michigan, and graduated from college.', [
        ['Ayala', 'Person'],
        ['Saginaw', 'Location'],
        ['Michigan', 'Location'],
      ]),
    ).toContain('Saginaw LOCATED_IN Michigan');
    expect(
      relationsOf('It has offices in both Los Angeles, California and Detroit, Michigan.', [
        ['Los Angeles', 'Location'],
        ['California', 'Location'],
        ['Detroit', 'Location'],
        ['Michigan', 'Location'],
      ]),
    ).toEqual(expect.arrayContaining(['Los Angeles LOCATED_IN California', 'Detroit LOCATED_IN Michigan']));
  });

  it('reads an organisation in a region', () => {
    expect(
      relationsOf('He studied at the Lakefield College School in Ontario.', [
        ['Lakefield College School', 'Organization'],
        ['Ontario', 'Location'],
      ]),
    ).toContain('Lakefield College School LOCATED_IN Ontario');
  });

  it('does not chain a list of regions or of towns', () => {
    expect(
      relationsOf('He toured Texas, California and Nevada.', [
        ['Texas', 'Location'],
        ['California', 'Location'],
        ['Nevada', 'Location'],
      ]),
    ).toEqual([]);
    expect(
      relationsOf('The band played Leeds, Sheffield and Hull.', [
        ['Leeds', 'Location'],
        ['Sheffield', 'Location'],
        ['Hull', 'Location'],
      ]),
    ).toEqual([]);
  });

  it('closes a chain written in one sentence, not one spread over two', () => {
    const same = relationsOf('Westmere is a hamlet in the town of Guilderland, Albany County, New York.', [
      ['Westmere', 'Location'],
      ['Guilderland', 'Location'],
      ['Albany County', 'Location'],
      ['New York', 'Location'],
    ]);
    expect(same).toEqual(
      expect.arrayContaining([
        'Westmere LOCATED_IN Guilderland',
        'Guilderland LOCATED_IN Albany County',
        'Albany County LOCATED_IN New York',
        'Westmere LOCATED_IN Albany County',
        'Guilderland LOCATED_IN New York',
      ]),
    );
    const split = relationsOf('Westmere is a hamlet in Guilderland. Guilderland, New York has a library.', [
      ['Westmere', 'Location'],
      ['Guilderland', 'Location'],
      ['New York', 'Location'],
    ]);
    expect(split).not.toContain('Westmere LOCATED_IN New York');
  });
});

describe('organisations in places', () => {
  it('sites an organisation directly followed by "in" and a place', () => {
    expect(
      relationsOf('He studied at McGill University in Montreal and later worked abroad.', [
        ['McGill University', 'Organization'],
        ['Montreal', 'Location'],
      ]),
    ).toEqual(['McGill University LOCATED_IN Montreal']);
    expect(
      relationsOf('McGill University won a prize in Montreal.', [
        ['McGill University', 'Organization'],
        ['Montreal', 'Location'],
      ]),
    ).toEqual([]);
  });
});

describe('places inside places, news style', () => {
  it('reads a named site in a town, a compass qualifier and a geographic noun before the container', () => {
    expect(
      relationsOf('The reactors at the Hanford Plant, in Richland, were shut.', [
        ['Hanford Plant', 'Location'],
        ['Richland', 'Location'],
      ]),
    ).toEqual(['Hanford Plant LOCATED_IN Richland']);
    expect(
      relationsOf('The camp at Ware in central Massachusetts closed.', [
        ['Ware', 'Location'],
        ['Massachusetts', 'Location'],
      ]),
    ).toEqual(['Ware LOCATED_IN Massachusetts']);
    expect(
      relationsOf('Rebels held Gitega in the northern part of Burundi.', [
        ['Gitega', 'Location'],
        ['Burundi', 'Country'],
      ]),
    ).toEqual(['Gitega LOCATED_IN Burundi']);
    expect(
      relationsOf('Dunes cover the Gobi desert in Asia.', [
        ['Gobi', 'Location'],
        ['Asia', 'Location'],
      ]),
    ).toEqual(['Gobi LOCATED_IN Asia']);
  });

  it('does not place a town in a town it is merely near', () => {
    expect(
      relationsOf('Ware in Springfield news was read.', [
        ['Ware', 'Location'],
        ['Springfield', 'Location'],
      ]),
    ).toEqual([]);
    expect(
      relationsOf('Hale State Park, near Ware, is open.', [
        ['Hale State Park', 'Location'],
        ['Ware', 'Location'],
      ]),
    ).toEqual([]);
    expect(
      relationsOf('It grows in Africa, Asia and Europe.', [
        ['Africa', 'Location'],
        ['Asia', 'Location'],
        ['Europe', 'Location'],
      ]),
    ).toEqual([]);
  });
});

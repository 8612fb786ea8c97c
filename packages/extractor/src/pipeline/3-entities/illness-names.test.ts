import { fakeTagger, nameMentions } from './fake-tagger';

describe('illnesses named after places', () => {
  it('drops the place read out of an illness’s name and keeps the same place named on its own', () => {
    const text =
      'Envoys posted to Quito reported Quito syndrome after the spring. The Marlow Fever Foundation paid for tests, ' +
      'and the Tarn virus was ruled out. Some 9,000 people live with Brindle Cell Disease (BCD).';
    const names = nameMentions(
      text,
      fakeTagger(text, [
        ['Quito', 'LOC', 0.9, 0],
        ['Quito', 'LOC', 0.9, 1],
        ['Marlow Fever Foundation', 'ORG', 0.9],
        ['Tarn', 'LOC', 0.8],
        ['Brindle Cell Disease', 'ORG', 0.8],
        ['BCD', 'ORG', 0.8],
      ]),
    );
    expect(names.filter((n) => n.startsWith('Quito'))).toEqual(['Quito/Location']);
    expect(names).toContain('Marlow Fever Foundation/Organization');
    expect(names.some((n) => n.startsWith('Tarn') || n.includes('BCD') || n.includes('Brindle'))).toBe(false);
  });
});

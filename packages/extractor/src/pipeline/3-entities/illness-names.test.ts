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

describe('virus variants', () => {
  it('drops a variant named by its Greek letter or before "strain" in a text on the pandemic, and keeps a town of that name', () => {
    const text =
      'Hospitals in Gamma, Ohio filled up when the Omicron wave came. Doctors feared Delta would return, ' +
      'and the Tarrow strain spread from the coast. COVID-19 tests were free.';
    const names = nameMentions(
      text,
      fakeTagger(text, [
        ['Gamma', 'LOC', 0.9],
        ['Ohio', 'LOC', 0.9],
        ['Omicron', 'ORG', 0.8],
        ['Delta', 'LOC', 0.8],
        ['Tarrow', 'LOC', 0.8],
      ]),
    );
    expect(names).toEqual(['Gamma/Location', 'Ohio/Location']);
  });

  it('keeps a place named like a Greek letter when the text is not about the pandemic', () => {
    const text = 'The grant will repave the square in Delta and fix its bridge.';
    expect(nameMentions(text, fakeTagger(text, [['Delta', 'LOC', 0.9]]))).toEqual(['Delta/Location']);
  });
});

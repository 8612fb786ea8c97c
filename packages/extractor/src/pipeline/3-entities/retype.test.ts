import { extractText, fakeTagger } from './fake-tagger';
import type { SpanTagger } from '../types';

const typeOf = (text: string, form: string, tagger?: SpanTagger | null): string | undefined =>
  extractText(text, tagger).entities.find((e) => e.mentions.some((m) => m.text === form && m.kind === 'name'))?.type;

describe('retypeNames', () => {
  it('types well-known companies as companies, not places ("Google", "Twitter")', () => {
    const text = 'Google and Twitter said on Monday they would remove the posts.';
    const tagger = fakeTagger(text, [
      ['Google', 'LOC', 0.7],
      ['Twitter', 'LOC', 0.6],
    ]);
    expect([typeOf(text, 'Google', tagger), typeOf(text, 'Twitter', tagger)]).toEqual(['Organization', 'Organization']);
  });

  it('makes a region the tagger took for a person a place ("Xinjiang")', () => {
    const text = 'President Biden raised concerns about the abuses in Xinjiang. Xinjiang officials did not reply.';
    const tagger = fakeTagger(text, [
      ['Biden', 'PER', 0.9],
      ['Xinjiang', 'PER', 0.7],
      ['Xinjiang', 'PER', 0.6, 1],
    ]);
    expect(typeOf(text, 'Xinjiang', tagger)).toBe('Location');
  });

  it('makes a name the article defines as a place a place wherever it stands, whatever the tagger read', () => {
    const text =
      'Coron is in the province of Palawan. York is an ancient cathedral city. Coron grew, and York Minster stands.';
    const tagger = fakeTagger(text, [
      ['Coron', 'ORG', 0.6],
      ['Coron', 'ORG', 0.7, 1],
      ['York', 'PER', 0.6],
      ['York Minster', 'PER', 0.8],
    ]);
    expect([typeOf(text, 'Coron', tagger), typeOf(text, 'York', tagger)]).toEqual(['Location', 'Location']);
  });

  it('makes a title opened by a capitalised "The" inside a sentence a body, but not a place the sentence goes to ("at The Oval")', () => {
    const text = 'She wrote for The Onion before she played at The Oval.';
    const tagger = fakeTagger(text, [
      ['The Onion', 'LOC', 0.7],
      ['The Oval', 'LOC', 0.9],
    ]);
    expect([typeOf(text, 'The Onion', tagger), typeOf(text, 'The Oval', tagger)]).toEqual(['Organization', 'Location']);
  });

  it('makes every occurrence of a title or a source a body ("The Onion has", "according to Quantcast")', () => {
    const text = 'The Onion has a style. She wrote for The Onion. Quantcast ranks it, according to Quantcast.';
    const tagger = fakeTagger(text, [
      ['The Onion', 'LOC', 0.7],
      ['The Onion', 'LOC', 0.7, 1],
      ['Quantcast', 'LOC', 0.7],
      ['Quantcast', 'LOC', 0.7, 1],
    ]);
    const record = extractText(text, tagger);
    const kinds = (name: string): string[] =>
      record.entities.filter((e) => e.mentions.some((m) => m.text === name)).map((e) => e.type);
    expect([kinds('The Onion'), kinds('Quantcast')]).toEqual([['Organization'], ['Organization']]);
  });

  it('makes a "person" ending in a site\'s head word a place ("Shah Mosque", "Hunga Island")', () => {
    const text = 'Visit the Shah Mosque and then Hunga Island.';
    const tagger = fakeTagger(text, [
      ['Shah Mosque', 'PER', 0.7],
      ['Hunga Island', 'PER', 0.7],
    ]);
    expect([typeOf(text, 'Shah Mosque', tagger), typeOf(text, 'Hunga Island', tagger)]).toEqual([
      'Location',
      'Location',
    ]);
  });

  it('leaves a firm or a person the article does not define as a place alone', () => {
    const text = 'Coron is in talks with Palawan. Harlan was a fine player.';
    const tagger = fakeTagger(text, [
      ['Coron', 'ORG', 0.6],
      ['Harlan', 'PER', 0.6],
    ]);
    expect([typeOf(text, 'Coron', tagger), typeOf(text, 'Harlan', tagger)]).toEqual(['Organization', 'Person']);
  });

  it('makes a one-word "person" the article reads as a place a place, but not a month or a surname', () => {
    const text = 'Talks were held in Rekohu. Rekohu hosted the envoys in March, and Amy Pohl spoke. Pohl left.';
    const tagger = fakeTagger(text, [
      ['Rekohu', 'PER', 0.6],
      ['Rekohu', 'PER', 0.7, 1],
      ['March', 'PER', 0.5],
      ['Amy Pohl', 'PER', 0.9],
      ['Pohl', 'PER', 0.6],
    ]);
    expect([typeOf(text, 'Rekohu', tagger), typeOf(text, 'March', tagger), typeOf(text, 'Pohl', tagger)]).toEqual([
      'Location',
      'Person',
      'Person',
    ]);
  });

  it('makes a "person" that only a firm fits a firm ("Jardine Fleming, a broker"; "analysts at James Capel")', () => {
    const text =
      '"Demand is weak," said Jardine Fleming, a local broker. Analysts at James Capel agreed, and Shakil Rizvi, a broker, did not.';
    const tagger = fakeTagger(text, [
      ['Jardine Fleming', 'PER', 0.7],
      ['James Capel', 'PER', 0.7],
      ['Shakil Rizvi', 'PER', 0.9],
    ]);
    expect([typeOf(text, 'Jardine Fleming', tagger), typeOf(text, 'James Capel', tagger)]).toEqual([
      'Organization',
      'Organization',
    ]);
  });

  it('reads "U.S" without its final dot, and a tagger organisation "US", as the country', () => {
    const text = 'Gorbachev met the U.S government. Aid has little visibility in the US compared with Europe.';
    const tagger = fakeTagger(text, [
      ['Gorbachev', 'PER', 0.9],
      ['US', 'ORG', 0.7],
    ]);
    expect([typeOf(text, 'U.S', tagger), typeOf(text, 'US', tagger)]).toEqual(['Country', 'Country']);
  });

  it('makes an "organisation" a person where the article shows it to be one ("Pachomius died", "his friend Bonosus")', () => {
    const text =
      'Theodorus joined Pachomius at Tabennese. He went with his friend Bonosus to Gaul. In 348 Pachomius died. The Acme Group, who had backed him, grieved.';
    const tagger = fakeTagger(text, [
      ['Theodorus', 'PER', 0.9],
      ['Pachomius', 'ORG', 0.7],
      ['Tabennese', 'LOC', 0.8],
      ['Bonosus', 'ORG', 0.6],
      ['Gaul', 'LOC', 0.9],
      ['Pachomius', 'ORG', 0.7, 1],
      ['Acme Group', 'ORG', 0.9],
    ]);
    expect([
      typeOf(text, 'Pachomius', tagger),
      typeOf(text, 'Bonosus', tagger),
      typeOf(text, 'Acme Group', tagger),
    ]).toEqual(['Person', 'Person', 'Organization']);
  });

  it('makes a known city the tagger called a team a place where the article defines it as one ("Cleveland is a city")', () => {
    const text = 'Cleveland is a culturally diverse city on Lake Erie. Cleveland has earned a new nickname.';
    const tagger = fakeTagger(text, [
      ['Cleveland', 'ORG', 0.7],
      ['Lake Erie', 'LOC', 0.9],
      ['Cleveland', 'ORG', 0.7, 1],
    ]);
    expect(typeOf(text, 'Cleveland', tagger)).toBe('Location');
  });

  it("leaves a city's team a team in a results report that only says where it played", () => {
    const text = 'Cleveland beat Baltimore 5-3 in Cleveland on Friday.';
    const tagger = fakeTagger(text, [
      ['Cleveland', 'ORG', 0.8],
      ['Baltimore', 'ORG', 0.8],
      ['Cleveland', 'LOC', 0.8, 1],
    ]);
    expect(extractText(text, tagger).entities.find((e) => e.mentions.some((m) => m.start === 0))?.type).toBe(
      'Organization',
    );
  });

  it('reads the words around a name across a line break of wrapped copy', () => {
    const text = 'Prices rose, analysts at\nJames Capel said. Talks were held in\nRekohu on Friday.';
    const tagger = fakeTagger(text, [
      ['James Capel', 'PER', 0.7],
      ['Rekohu', 'PER', 0.6],
    ]);
    expect([typeOf(text, 'James Capel', tagger), typeOf(text, 'Rekohu', tagger)]).toEqual(['Organization', 'Location']);
  });
});

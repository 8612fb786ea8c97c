import { extractText, fakeTagger } from './fake-tagger';
import type { SpanTagger } from '../types';

const typesOf = (text: string, form: string, tagger: SpanTagger): string[] =>
  extractText(text, tagger)
    .entities.filter((e) => e.mentions.some((m) => m.text === form && m.kind === 'name'))
    .map((e) => e.type);

describe('retypeUnsurePlaces', () => {
  it('makes an unsure "organisation" or "person" a place where the article is born in, goes to or travels through', () => {
    const text =
      'The poet Ilse Varga was born in Kostrava. She later travelled through Merovia and moved to the Lindholms. ' +
      'Kostrava remembers her.';
    const tagger = fakeTagger(text, [
      ['Ilse Varga', 'PER', 0.9],
      ['Kostrava', 'ORG', 0.5],
      ['Merovia', 'PER', 0.5],
      ['Lindholms', 'PER', 0.5],
      ['Kostrava', 'ORG', 0.5, 1],
    ]);
    expect([
      typesOf(text, 'Kostrava', tagger),
      typesOf(text, 'Merovia', tagger),
      typesOf(text, 'Lindholms', tagger),
    ]).toEqual([['Location'], ['Location'], ['Location']]);
  });

  it('keeps a type the tagger was sure of somewhere, an acronym, and a firm or paper one is "in"', () => {
    const text =
      'Talks moved to Dravik in May. Dravik said it would hire. ' +
      'She flew to KLV headquarters. Fund managers hold a stake in Orvanta. The story appeared in Tallow.';
    const tagger = fakeTagger(text, [
      ['Dravik', 'ORG', 0.5],
      ['Dravik', 'ORG', 0.9, 1],
      ['KLV', 'ORG', 0.5],
      ['Orvanta', 'ORG', 0.5],
      ['Tallow', 'ORG', 0.5],
    ]);
    expect([
      typesOf(text, 'Dravik', tagger),
      typesOf(text, 'KLV', tagger),
      typesOf(text, 'Orvanta', tagger),
      typesOf(text, 'Tallow', tagger),
    ]).toEqual([['Organization'], ['Organization'], ['Organization'], ['Organization']]);
  });

  it('keeps a full name a question goes to, and a name with a word the article also writes in small letters', () => {
    const text =
      'Our next question will go to Dana Orlick. She holds a degree in Coastal Ecology, and coastal towns need it.';
    const tagger = fakeTagger(text, [
      ['Dana Orlick', 'PER', 0.5],
      ['Coastal Ecology', 'ORG', 0.5],
    ]);
    expect([typesOf(text, 'Dana Orlick', tagger), typesOf(text, 'Coastal Ecology', tagger)]).toEqual([
      ['Person'],
      ['Organization'],
    ]);
  });

  it('reads the place cue only right before the name, and keeps a ship, a word of an acronym and a league one debuts in', () => {
    const text =
      'Ana Petrov was born in 1961 and later joined Korvex as a clerk. A cook in HMS Valiant was decorated. ' +
      'He made his debut in Tovarla last spring.';
    const tagger = fakeTagger(text, [
      ['Ana Petrov', 'PER', 0.9],
      ['Korvex', 'ORG', 0.5],
      ['HMS Valiant', 'ORG', 0.5],
      ['Tovarla', 'ORG', 0.5],
    ]);
    expect([
      typesOf(text, 'Korvex', tagger),
      typesOf(text, 'HMS Valiant', tagger),
      typesOf(text, 'Tovarla', tagger),
    ]).toEqual([['Organization'], ['Organization'], ['Organization']]);
  });

  it('keeps a person whose word is a given name or a word of a person of the article', () => {
    const text = 'Marta Kellner met voters. Supporters went to Kellner after the vote, and others went to Marta.';
    const tagger = fakeTagger(text, [
      ['Marta Kellner', 'PER', 0.9],
      ['Kellner', 'PER', 0.5, 1],
      ['Marta', 'PER', 0.5, 1],
    ]);
    expect([typesOf(text, 'Kellner', tagger), typesOf(text, 'Marta', tagger)]).toEqual([['Person'], ['Person']]);
  });

  it('overrules a sure tagger where a name is set beside a place, or a known place is travelled to', () => {
    const text =
      'North of Velmora lies Quintby, a quiet market town. Buses run from Tallan to the western edge of Quintby. ' +
      'From Manchester there are fast trains to Leeds every hour.';
    const tagger = fakeTagger(text, [
      ['Velmora', 'LOC', 0.9],
      ['Quintby', 'PER', 0.9],
      ['Quintby', 'PER', 0.9, 1],
      ['Tallan', 'LOC', 0.9],
      ['Manchester', 'LOC', 0.9],
      ['Leeds', 'ORG', 0.9],
    ]);
    expect([typesOf(text, 'Quintby', tagger), typesOf(text, 'Leeds', tagger)]).toEqual([['Location'], ['Location']]);
  });

  it('keeps a sure type where only a travel word, not a side of a place, reads an unknown name as a place', () => {
    const text = 'The team moved to Harnwick for the season. Harnwick signed two players on Monday.';
    const tagger = fakeTagger(text, [
      ['Harnwick', 'ORG', 0.9],
      ['Harnwick', 'ORG', 0.9, 1],
    ]);
    expect(typesOf(text, 'Harnwick', tagger)).toEqual(['Organization']);
  });
});

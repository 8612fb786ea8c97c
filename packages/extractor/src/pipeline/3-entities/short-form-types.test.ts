import { extractText, fakeTagger } from './fake-tagger';
import type { SpanTagger } from '../types';

const typesOf = (text: string, form: string, tagger?: SpanTagger | null): string[] =>
  extractText(text, tagger)
    .entities.filter((e) => e.mentions.some((m) => m.text === form && m.kind === 'name'))
    .map((e) => e.type);

describe('one-word short forms take the type of the longer name', () => {
  it('makes a surname a person when the full name is a person ("Buyoya")', () => {
    const text = 'Burundi leader Pierre Buyoya met envoys. Buyoya said talks would go on.';
    const tagger = fakeTagger(text, [
      ['Burundi', 'LOC', 0.9],
      ['Pierre Buyoya', 'PER', 0.9],
      ['Buyoya', 'LOC', 0.5, 1],
    ]);
    expect(typesOf(text, 'Buyoya', tagger)).toEqual(['Person']);
  });

  it('keeps a confident place, or a place named before the person, a place ("Pitkin")', () => {
    const text = 'Pitkin is a town in Colorado. It was named after Frederick Walker Pitkin. Pitkin has 70 people.';
    const tagger = fakeTagger(text, [
      ['Pitkin', 'LOC', 0.5],
      ['Colorado', 'LOC', 0.9],
      ['Frederick Walker Pitkin', 'PER', 0.9],
      ['Pitkin', 'LOC', 0.8, 2],
    ]);
    expect(typesOf(text, 'Pitkin', tagger)).toEqual(['Location']);
  });

  it('makes the first word of a company a company ("Magna")', () => {
    const text = 'Magna International Inc bought a rival. Magna was up 1/8 on Friday.';
    const tagger = fakeTagger(text, [
      ['Magna International Inc', 'ORG', 0.9],
      ['Magna', 'PER', 0.6, 1],
    ]);
    expect(typesOf(text, 'Magna', tagger)).toEqual(['Organization']);
  });

  it('reads a possessive company name\'s first word ("Boatmen\'s Bancshares" → "Boatmen")', () => {
    const text = "Boatmen's Bancshares Inc agreed to a deal. Boatmen said on Friday it was pleased.";
    const tagger = fakeTagger(text, [
      ["Boatmen's Bancshares Inc", 'ORG', 0.9],
      ['Boatmen', 'PER', 0.6, 1],
    ]);
    expect(typesOf(text, 'Boatmen', tagger)).toEqual(['Organization']);
  });

  it('leaves a word alone when it shortens both a person and an organisation', () => {
    // a name no lexicon knows, so that only this rule could move it
    const text = 'Henry Vexford spoke. Vexford Motor Co rose. Vexford gained 2 percent.';
    const tagger = fakeTagger(text, [
      ['Henry Vexford', 'PER', 0.9],
      ['Vexford Motor Co', 'ORG', 0.9],
      ['Vexford', 'LOC', 0.6, 2],
    ]);
    expect(typesOf(text, 'Vexford', tagger)).toEqual(['Location']);
  });

  it('makes a headline surname a person even before the full name, and even where the tagger was sure of a place', () => {
    const text =
      'Bar owner names cocktail after Santorum\nA Brooklyn bar has named a drink after Rick Santorum. The Santorum cocktail sold out.';
    const tagger = fakeTagger(text, [
      ['Santorum', 'LOC', 0.8],
      ['Brooklyn', 'LOC', 0.9],
      ['Rick Santorum', 'PER', 0.9],
      ['Santorum', 'LOC', 0.8, 2],
    ]);
    expect(typesOf(text, 'Santorum', tagger)).toEqual(['Person']);
    expect(
      extractText(text, tagger)
        .entities.filter((e) => e.type === 'Person')
        .map((e) => e.mentions.length),
    ).toEqual([3]);
  });
});

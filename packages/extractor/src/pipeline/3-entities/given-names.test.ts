import { fakeTagger, nameMentions } from './fake-tagger';

describe('a given name alone that a speaker addresses is no entity unless the article ties it to a full name', () => {
  it('drops reporters called on by first name, whatever type the tagger gave them', () => {
    const text = 'Next question. Yes, Steven. Laura, go ahead. Thank you, Dennis.';
    const tagger = fakeTagger(text, [
      ['Steven', 'LOC', 0.6],
      ['Laura', 'PER', 0.7],
      ['Dennis', 'ORG', 0.6],
    ]);
    expect(nameMentions(text, tagger)).toEqual([]);
  });

  it('drops a relative named by a known given name only ("my sister, Laura")', () => {
    const text = 'I came here with my sister, Laura, who teaches in the district.';
    const tagger = fakeTagger(text, [['Laura', 'PER', 0.8]]);
    expect(nameMentions(text, tagger)).toEqual([]);
  });

  it('keeps the given name when a full name of the article holds it', () => {
    const text = 'Steven Park asked first. Yes, Steven.';
    const tagger = fakeTagger(text, [
      ['Steven Park', 'PER', 0.9],
      ['Steven', 'PER', 0.7, 1],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['Steven Park/Person', 'Steven/Person']);
  });

  it('keeps a given name the text tells of, a surname alone, and a given name that is also a known place', () => {
    const text = 'Steven scored twice for the club. Okafor said the plan would help Houston.';
    const tagger = fakeTagger(text, [
      ['Steven', 'PER', 0.8],
      ['Okafor', 'PER', 0.8],
      ['Houston', 'LOC', 0.9],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['Houston/Location', 'Okafor/Person', 'Steven/Person']);
  });

  it('drops a given name a speaker turns to mid-sentence, says "and I" with, or names someone by, with its other mentions', () => {
    const text =
      'I will say this, Marcus, that the plan works. Renata and I went to the plant, where we met a nurse named Greta. ' +
      'Renata grew up near it, and Greta runs the night shift. Carlos — go on.';
    const tagger = fakeTagger(text, [
      ['Marcus', 'PER', 0.8],
      ['Renata', 'PER', 0.8, 0],
      ['Renata', 'PER', 0.8, 1],
      ['Greta', 'LOC', 0.6, 0],
      ['Greta', 'PER', 0.7, 1],
      ['Carlos', 'PER', 0.7],
    ]);
    expect(nameMentions(text, tagger)).toEqual([]);
  });

  it('drops children a parent is named with ("his parents Tomas and Mara")', () => {
    const text = 'To his parents Tomas and Mara, we owe thanks.';
    const tagger = fakeTagger(text, [
      ['Tomas', 'PER', 0.8],
      ['Mara', 'ORG', 0.6],
    ]);
    expect(nameMentions(text, tagger)).toEqual([]);
  });
});

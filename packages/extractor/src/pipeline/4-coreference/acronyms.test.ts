import { extractText, fakeTagger } from '../3-entities/fake-tagger';
import type { SpanTagger } from '../types';

const mentionsOf = (text: string, id: string, tagger?: SpanTagger | null): string[] =>
  (extractText(text, tagger).entities.find((e) => e.id === id)?.mentions ?? []).map((m) => `${m.text}/${m.kind}`);

describe('acronyms tied to their expansion', () => {
  it('ties a defined acronym to its organisation even when a longer name opens with it ("USI Art Collections")', () => {
    const text =
      'The University of Southern Indiana (USI) opened a gallery. USI Art Collections curator Amy Lee said the USI show would run.';
    const tagger = fakeTagger(text, [
      ['University of Southern Indiana', 'ORG', 0.9],
      ['USI', 'ORG', 0.8],
      ['USI Art Collections', 'ORG', 0.8],
      ['Amy Lee', 'PER', 0.9],
      ['USI', 'ORG', 0.7, 2],
    ]);
    expect(mentionsOf(text, 'org:university-of-southern-indiana', tagger)).toEqual([
      'University of Southern Indiana/name',
      'USI/name',
      'USI/name',
      'USI/nested',
    ]);
  });

  it('reads initials that skip function words as the organisation without a definition ("CIA")', () => {
    const text = 'The Central Intelligence Agency said on Monday that CIA officers in the region were safe.';
    const tagger = fakeTagger(text, [['Central Intelligence Agency', 'ORG', 0.9]]);
    expect(mentionsOf(text, 'org:central-intelligence-agency', tagger)).toEqual([
      'Central Intelligence Agency/name',
      'CIA/name',
    ]);
  });

  it('links "NPP" after "New People\'s Party (NPP)"', () => {
    const text = "The New People's Party (NPP) won the vote. NPP leaders celebrated in the capital.";
    const tagger = fakeTagger(text, [
      ["New People's Party", 'ORG', 0.9],
      ['NPP', 'ORG', 0.6, 1],
    ]);
    expect(mentionsOf(text, 'org:new-peoples-party', tagger)).toEqual([
      "New People's Party/name",
      'NPP/name',
      'NPP/name',
    ]);
  });
});

describe('acronyms never invented', () => {
  it('adds no initials the article does not write ("OOPM", "OPM")', () => {
    const text = 'The Office of Personnel Management issued new guidance on Monday for federal workers.';
    const tagger = fakeTagger(text, [['Office of Personnel Management', 'ORG', 0.9]]);
    const e = extractText(text, tagger).entities.find((x) => x.name === 'Office of Personnel Management');
    expect(e?.aliases).toEqual([]);
  });
});

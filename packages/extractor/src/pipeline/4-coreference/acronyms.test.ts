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

  it('ties no parenthesised acronym that the name before it cannot abbreviate ("CBP" after Homeland Security)', () => {
    const text =
      'Agents of the Department of Homeland Security (CBP) met officials working on the Digital Access Partnership ' +
      'for Africa (DAPA) in Nairobi. CBP and DAPA later issued a joint report.';
    const tagger = fakeTagger(text, [
      ['Department of Homeland Security', 'ORG', 0.9],
      ['Africa', 'LOC', 0.9],
      ['Nairobi', 'LOC', 0.9],
    ]);
    const aliases = extractText(text, tagger).entities.flatMap((e) => e.aliases.map((a) => `${e.name}: ${a}`));
    // the programme's own name takes its acronym; the department and the continent take none
    expect(aliases.filter((a) => /CBP|DAPA/.test(a))).toEqual(['Digital Access Partnership for Africa: DAPA']);
  });

  it('reads no undefined initials over every word: "DOE" is not the Department of Education', () => {
    const text =
      'The Department of Education announced school grants on Monday. DOE said its national labs would help.';
    const tagger = fakeTagger(text, [
      ['Department of Education', 'ORG', 0.9],
      ['DOE', 'ORG', 0.8],
    ]);
    expect(extractText(text, tagger).entities.find((e) => e.name === 'Department of Education')?.aliases).toEqual([]);
  });

  it('still ties an acronym that a country written before the name opens ("U.S. Department of Labor (USDOL)")', () => {
    const text = 'The U.S. Department of Labor (USDOL) issued a rule. USDOL inspectors will check farms.';
    const tagger = fakeTagger(text, [['Department of Labor', 'ORG', 0.9]]);
    const org = extractText(text, tagger).entities.find((e) => e.name === 'Department of Labor');
    expect(org?.aliases).toEqual(['USDOL']);
  });
});

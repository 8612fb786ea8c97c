import { normalise } from '../1-layout/normalise';
import { splitSentences } from '../2-sentences/split-sentences';
import type { LinkedMention } from '../types';
import { namesBody } from './org-evidence';
import { hasWorkCue } from './pair-cues';
import { failsGate, strayPreposition } from './pair-gates';
import { ruleOutReason } from './pair-model';
import type { SentenceView } from './sentence-view';
import { relationsOf } from './test-doc';

/** A one-sentence view over the given named mentions (first occurrence of each surface). */
function viewOf(text: string, names: [string, 'Person' | 'Organization' | 'Location'][]): SentenceView {
  const doc = splitSentences(normalise(text));
  for (const [surface, type] of names) {
    const id = `${type}:${surface}`;
    doc.entities.set(id, { id, name: surface, type, aliases: new Set() });
    const start = text.indexOf(surface);
    doc.mentions.push({ start, end: start + surface.length, kind: 'name', entity: id });
  }
  doc.mentions.sort((a, b) => a.start - b.start);
  return { doc, sentence: doc.sentences[0]!, mentions: doc.mentions };
}
const at = (view: SentenceView, s: string): LinkedMention =>
  view.mentions.find((m) => view.doc.text.slice(m.start, m.end) === s)!;

describe('general cues that recover news relations', () => {
  it('reads a post named after a body and a short title before its holder', () => {
    expect(
      relationsOf('The head of the Marlow Burn Unit, Dr. Ines Varga, said the ward was full.', [
        ['Marlow Burn Unit', 'Organization'],
        ['Ines Varga', 'Person'],
      ]),
    ).toEqual(['Ines Varga HOLDS_POSITION Marlow Burn Unit']);
    expect(
      relationsOf("Delmar Freight's chief engineer, Otis Brandt, said the line was closed.", [
        ['Delmar Freight', 'Organization'],
        ['Otis Brandt', 'Person'],
      ]),
    ).toEqual(['Otis Brandt HOLDS_POSITION Delmar Freight']);
    // after a comma the post must be definite and its holder fully named
    const ardania: [string, 'Country' | 'Person'][] = [
      ['Ardania', 'Country'],
      ['Tomas Vell', 'Person'],
      ['Vell', 'Person'],
    ];
    expect(relationsOf('We met the Ardania defense minister, Tomas Vell, on Friday.', ardania)).toEqual([
      'Tomas Vell HOLDS_POSITION Ardania',
    ]);
    expect(relationsOf('We met a great Ardania leader, Tomas Vell, on Friday.', ardania)).toEqual([]);
    expect(relationsOf('Please welcome your next Ardania senator, Tomas Vell.', ardania)).toEqual([]);
    expect(relationsOf('We met the Ardania defense minister, Vell, on Friday.', ardania)).toEqual([]);
    // a spouse's or courtesy title is no post held in the country
    expect(
      relationsOf("The guests included Norway's First Lady, Ingrid Sandvik, and others.", [
        ['Norway', 'Country'],
        ['Ingrid Sandvik', 'Person'],
      ]),
    ).toEqual([]);
    // a bare comma between a body and a name is a list, no post
    expect(
      relationsOf('Guests from Delmar Freight, Otis Brandt and others came.', [
        ['Delmar Freight', 'Organization'],
        ['Otis Brandt', 'Person'],
      ]),
    ).toEqual([]);
  });

  it('takes an apposition without its article as a post only when it is singular', () => {
    expect(strayPreposition(', candidate of the ')).toBe(false);
    expect(strayPreposition(', presidential candidate of the ')).toBe(false);
    expect(strayPreposition(', members of the ')).toBe(true);
    expect(strayPreposition(', waiting at the ')).toBe(true);
  });

  it('keeps "of the" a cue before an ordinal, and a plural head word a body', () => {
    expect(hasWorkCue(' of the 4th ', true)).toBe(true);
    expect(hasWorkCue(' near the 4th ', true)).toBe(false);
    const body = (name: string): boolean => namesBody({ id: 'o', name, type: 'Organization', aliases: new Set() });
    expect(body('Centers for Grain Study')).toBe(true);
    expect(body('Harvest Celebrations')).toBe(false);
    expect(body('Harbor Safety Initiatives')).toBe(false);
  });

  it('places a body in a named part of a region, but not across a clause', () => {
    const v = viewOf('The Harlow Seed Company in rural western Ohio was sold.', [
      ['Harlow Seed Company', 'Organization'],
      ['Ohio', 'Location'],
    ]);
    expect(failsGate(v, { subject: at(v, 'Harlow Seed Company'), object: at(v, 'Ohio'), group: 'ob' })).toBe(false);
    const far = viewOf('The Harlow Seed Company sold its mills in Ohio.', [
      ['Harlow Seed Company', 'Organization'],
      ['Ohio', 'Location'],
    ]);
    expect(failsGate(far, { subject: at(far, 'Harlow Seed Company'), object: at(far, 'Ohio'), group: 'ob' })).toBe(
      true,
    );
  });

  it('says which rule-out closes a pair', () => {
    const v = viewOf('Ines Varga visited the Marlow Burn Unit on Monday.', [
      ['Ines Varga', 'Person'],
      ['Marlow Burn Unit', 'Organization'],
    ]);
    expect(ruleOutReason(v, { subject: at(v, 'Ines Varga'), object: at(v, 'Marlow Burn Unit'), group: 'wf' })).toBe(
      'no-work-cue',
    );
    const w = viewOf('Ines Varga, a nurse at the Marlow Burn Unit, spoke.', [
      ['Ines Varga', 'Person'],
      ['Marlow Burn Unit', 'Organization'],
    ]);
    expect(
      ruleOutReason(w, { subject: at(w, 'Ines Varga'), object: at(w, 'Marlow Burn Unit'), group: 'wf' }),
    ).toBeUndefined();
  });
});

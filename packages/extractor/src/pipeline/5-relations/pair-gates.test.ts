import type { EntityType } from '@newsgraph/schema';
import { normalise } from '../1-layout/normalise';
import { splitSentences } from '../2-sentences/split-sentences';
import type { LinkedMention } from '../types';
import type { SentenceView } from './sentence-view';
import { failsGate, insideLongerName, isFullPersonName, isListOrHeading, strayPreposition } from './pair-gates';
import type { PairGroup } from './pair-features';

/** A one-sentence view whose named mentions are the given surfaces (first occurrence each), entity name = surface unless given. */
function viewOf(
  text: string,
  names: [surface: string, type: EntityType, name?: string][],
): { view: SentenceView; at: (s: string) => LinkedMention } {
  const doc = splitSentences(normalise(text));
  for (const [surface, type, name] of names) {
    const id = `${type}:${surface}`;
    doc.entities.set(id, { id, name: name ?? surface, type, aliases: new Set() });
    const start = text.indexOf(surface);
    doc.mentions.push({ start, end: start + surface.length, kind: 'name', entity: id });
  }
  doc.mentions.sort((a, b) => a.start - b.start);
  const sentence = doc.sentences[0]!;
  const view: SentenceView = { doc, sentence, mentions: doc.mentions };
  const at = (s: string): LinkedMention => doc.mentions.find((m) => text.slice(m.start, m.end) === s)!;
  return { view, at };
}

const pair = (v: ReturnType<typeof viewOf>, s: string, o: string, group: PairGroup): boolean =>
  failsGate(v.view, { subject: v.at(s), object: v.at(o), group });

describe('pair model gates', () => {
  it('lets a plain work-for sentence with a full name through', () => {
    const v = viewOf('Martha Okonjo, the treasurer of the Wexford Tool Company, spoke on Monday.', [
      ['Martha Okonjo', 'Person'],
      ['Wexford Tool Company', 'Organization'],
    ]);
    expect(pair(v, 'Martha Okonjo', 'Wexford Tool Company', 'wf')).toBe(false);
  });

  it('reads list items, bold headings and rosters as no prose', () => {
    const names: [string, EntityType][] = [
      ['Martha Okonjo', 'Person'],
      ['Wexford Tool Company', 'Organization'],
    ];
    expect(
      isListOrHeading(viewOf('Martha Okonjo, the treasurer of the Wexford Tool Company, spoke.', names).view),
    ).toBe(false);
    expect(
      isListOrHeading(viewOf('- Martha Okonjo, the treasurer of the Wexford Tool Company, spoke.', names).view),
    ).toBe(true);
    expect(
      isListOrHeading(viewOf('**Martha Okonjo, treasurer of the Wexford Tool Company:** We spoke.', names).view),
    ).toBe(true);
    const towns = 'Ada, Bly, Cobb, Dale, Erie, Fife, Gale, Hale and Iola';
    const many = towns.split(/, | and /).map((t): [string, EntityType] => [t, 'Location']);
    expect(isListOrHeading(viewOf(`Grants went to ${towns} this year.`, many).view)).toBe(true);
  });

  it('wants a full personal name: two words, no initial first, no title first', () => {
    const full = viewOf('Martha Okonjo spoke.', [['Martha Okonjo', 'Person']]);
    expect(isFullPersonName(full.view, full.at('Martha Okonjo'))).toBe(true);
    const one = viewOf('Okonjo spoke.', [['Okonjo', 'Person']]);
    expect(isFullPersonName(one.view, one.at('Okonjo'))).toBe(false);
    const initial = viewOf('Q. Okonjo spoke.', [['Q. Okonjo', 'Person']]);
    expect(isFullPersonName(initial.view, initial.at('Q. Okonjo'))).toBe(false);
    const titled = viewOf('Reverend Okonjo spoke.', [['Reverend Okonjo', 'Person']]);
    expect(isFullPersonName(titled.view, titled.at('Reverend Okonjo'))).toBe(false);
  });

  it('sees a mention that is only part of a longer name', () => {
    const v = viewOf('Dana Martha Okonjo joined the Harbour Court of Wexford.', [
      ['Martha Okonjo', 'Person'],
      ['Harbour Court', 'Organization'],
    ]);
    expect(insideLongerName(v.view, v.at('Martha Okonjo'))).toBe(true);
    expect(insideLongerName(v.view, v.at('Harbour Court'))).toBe(true);
    const judge = viewOf('Judge Martha Okonjo joined the Harbour Court in May.', [
      ['Martha Okonjo', 'Person'],
      ['Harbour Court', 'Organization'],
    ]);
    expect(insideLongerName(judge.view, judge.at('Martha Okonjo'))).toBe(false);
    const w = viewOf('Martha Okonjo joined the Harbour Court in May.', [
      ['Martha Okonjo', 'Person'],
      ['Harbour Court', 'Organization'],
    ]);
    expect(insideLongerName(w.view, w.at('Martha Okonjo'))).toBe(false);
    expect(insideLongerName(w.view, w.at('Harbour Court'))).toBe(false);
  });

  it('relates no address, dated list or continent', () => {
    const street = viewOf('Martha Okonjo of 33 Street NE spoke.', [
      ['Martha Okonjo', 'Person'],
      ['33 Street NE', 'Organization'],
    ]);
    expect(pair(street, 'Martha Okonjo', '33 Street NE', 'wf')).toBe(true);
    const dated = viewOf('He taught at Toronto (2007), Denver (2009) and Paris.', [
      ['Toronto', 'Location'],
      ['Denver', 'Location'],
      ['Paris', 'Location'],
    ]);
    expect(pair(dated, 'Toronto', 'Denver', 'li')).toBe(true);
    const continent = viewOf('It grows in Africa, in Asia and elsewhere.', [
      ['Africa', 'Location'],
      ['Asia', 'Location'],
    ]);
    expect(pair(continent, 'Africa', 'Asia', 'li')).toBe(true);
  });

  it('reads no employer across a bare preposition before the person, and no town inside a town', () => {
    const under = viewOf('He was an Assistant Secretary of the Wexford Tool Company under Martha Okonjo.', [
      ['Wexford Tool Company', 'Organization'],
      ['Martha Okonjo', 'Person'],
    ]);
    expect(pair(under, 'Martha Okonjo', 'Wexford Tool Company', 'wf')).toBe(true);
    const towns = viewOf('He spoke in Toronto in 1966 and in Denver in 1978.', [
      ['Toronto', 'Location'],
      ['Denver', 'Location'],
    ]);
    expect(pair(towns, 'Toronto', 'Denver', 'li')).toBe(true);
  });

  it('reads a nomination as no post held yet', () => {
    const v = viewOf('Martha Okonjo, of Ohio, to be a Member of the Wexford Tool Board.', [
      ['Martha Okonjo', 'Person'],
      ['Wexford Tool Board', 'Organization'],
    ]);
    expect(pair(v, 'Martha Okonjo', 'Wexford Tool Board', 'wf')).toBe(true);
  });

  it('takes a bare preposition as a cue only straight after the name', () => {
    expect(strayPreposition(' of the ')).toBe(false);
    expect(strayPreposition(', treasurer at ')).toBe(false);
    expect(strayPreposition(', of Ohio, a Career Member of the ')).toBe(false);
    expect(strayPreposition(' outside of ')).toBe(true);
    expect(strayPreposition(' waited near the gate of the ')).toBe(true);
  });

  it('relates places only when the gazetteers know them, and reads a campus name as one name', () => {
    const known = viewOf('The storm hit Denver in Colorado on Tuesday.', [
      ['Denver', 'Location'],
      ['Colorado', 'Location'],
    ]);
    expect(pair(known, 'Denver', 'Colorado', 'li')).toBe(false);
    const odd = viewOf('The storm hit Quexbury in Ohio on Tuesday.', [
      ['Quexbury', 'Location'],
      ['Ohio', 'Location'],
    ]);
    expect(pair(odd, 'Quexbury', 'Ohio', 'li')).toBe(true);
    const campus = viewOf('She studied at the University of Ontario, Toronto, before the war.', [
      ['University of Ontario', 'Organization'],
      ['Toronto', 'Location'],
    ]);
    expect(pair(campus, 'University of Ontario', 'Toronto', 'ob')).toBe(true);
    const firm = viewOf('She worked at the Wexford Institute, Toronto, before the war.', [
      ['Wexford Institute', 'Organization'],
      ['Toronto', 'Location'],
    ]);
    expect(pair(firm, 'Wexford Institute', 'Toronto', 'ob')).toBe(false);
  });
});

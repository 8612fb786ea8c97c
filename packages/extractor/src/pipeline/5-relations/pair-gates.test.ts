import type { EntityType } from '@newsgraph/schema';
import { normalise } from '../1-layout/normalise';
import { splitSentences } from '../2-sentences/split-sentences';
import type { LinkedMention } from '../types';
import type { SentenceView } from './sentence-view';
import {
  closeEnough,
  failsGate,
  insideLongerName,
  isFullPersonName,
  isListOrHeading,
  strayPreposition,
} from './pair-gates';
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
    const panel = viewOf('He sat on the Okonjo Merit Panel for years.', [['Okonjo Merit Panel', 'Person']]);
    expect(isFullPersonName(panel.view, panel.at('Okonjo Merit Panel'))).toBe(false);
    const park = viewOf('Lina Park spoke.', [['Lina Park', 'Person']]);
    expect(isFullPersonName(park.view, park.at('Lina Park'))).toBe(true);
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

  it('reads no longer name into an "of" after a person or a suffixed firm, nor into a title beside a name', () => {
    const person = viewOf('Greg Thayer of the Wexford Forest Service spoke.', [
      ['Greg Thayer', 'Person'],
      ['Wexford Forest Service', 'Organization'],
    ]);
    expect(insideLongerName(person.view, person.at('Greg Thayer'))).toBe(false);
    expect(pair(person, 'Greg Thayer', 'Wexford Forest Service', 'wf')).toBe(false);
    const firm = viewOf('Keen Corp. of Toronto sued.', [
      ['Keen Corp.', 'Organization'],
      ['Toronto', 'Location'],
    ]);
    expect(insideLongerName(firm.view, firm.at('Keen Corp.'))).toBe(false);
    const court = viewOf('The Harbour Court of Toronto ruled.', [
      ['Harbour Court', 'Organization'],
      ['Toronto', 'Location'],
    ]);
    expect(insideLongerName(court.view, court.at('Harbour Court'))).toBe(true);
    const rank = viewOf('The risk is low, said Wexford Coast Guard Lt. Steve Hardy on Monday.', [
      ['Wexford Coast Guard', 'Organization'],
      ['Steve Hardy', 'Person'],
    ]);
    expect(insideLongerName(rank.view, rank.at('Steve Hardy'))).toBe(false);
    expect(insideLongerName(rank.view, rank.at('Wexford Coast Guard'))).toBe(false);
    // a head of a place's title says the name before it is a place, so it still reads as part of a longer name
    const mayor = viewOf('Cleveland Mayor Ann Ruiz spoke first.', [
      ['Cleveland', 'Organization'],
      ['Ann Ruiz', 'Person'],
    ]);
    expect(insideLongerName(mayor.view, mayor.at('Cleveland'))).toBe(true);
  });

  it('takes an apposition of nouns before "of/at/with" as the post it names, not a clause', () => {
    expect(strayPreposition(', a lobbyist with the ')).toBe(false);
    expect(strayPreposition(', an entomologist at ')).toBe(false);
    expect(strayPreposition(', who spoke at the ')).toBe(true);
    expect(strayPreposition(', members of the ')).toBe(true);
  });

  it('trusts a town the gazetteers miss when its state or country follows it', () => {
    const qualified = viewOf('GSA Depot, Quexbury, Mass., was sold.', [
      ['GSA Depot', 'Organization'],
      ['Quexbury', 'Location'],
      ['Mass.', 'Location'],
    ]);
    expect(pair(qualified, 'GSA Depot', 'Quexbury', 'ob')).toBe(false);
    expect(pair(qualified, 'GSA Depot', 'Mass.', 'ob')).toBe(false);
    const bare = viewOf('GSA Depot moved to Quexbury last year.', [
      ['GSA Depot', 'Organization'],
      ['Quexbury', 'Location'],
    ]);
    expect(pair(bare, 'GSA Depot', 'Quexbury', 'ob')).toBe(true);
  });

  it('places only names written close together, with no clause between them', () => {
    expect(closeEnough(' in ')).toBe(true);
    expect(closeEnough(', based in ')).toBe(true);
    expect(closeEnough(' headquarters in nearby ')).toBe(true);
    expect(closeEnough(' and other producers have stepped up while ')).toBe(false);
    expect(closeEnough(' intends to work with ')).toBe(false);
    expect(closeEnough(' is one of the many fine old bodies of ')).toBe(false);
    const far = viewOf('The Wexford Tool Company said on Monday that it would hire in Ohio.', [
      ['Wexford Tool Company', 'Organization'],
      ['Ohio', 'Location'],
    ]);
    expect(pair(far, 'Wexford Tool Company', 'Ohio', 'ob')).toBe(true);
    const near = viewOf('The Wexford Tool Company in Ohio said on Monday that it would hire.', [
      ['Wexford Tool Company', 'Organization'],
      ['Ohio', 'Location'],
    ]);
    expect(pair(near, 'Wexford Tool Company', 'Ohio', 'ob')).toBe(false);
    const listed = viewOf('The Wexford Tool Company, the United States and Ohio agreed.', [
      ['Wexford Tool Company', 'Organization'],
      ['United States', 'Country'],
    ]);
    expect(pair(listed, 'Wexford Tool Company', 'United States', 'ob')).toBe(true);
    const before = viewOf('Ohio and the Wexford Tool Company agreed.', [
      ['Ohio', 'Location'],
      ['Wexford Tool Company', 'Organization'],
    ]);
    expect(pair(before, 'Wexford Tool Company', 'Ohio', 'ob')).toBe(true);
  });
});

describe('a body read from the end of a longer name', () => {
  it('is the tail after a capitalised word joined by "of", not a post\'s body or a list\'s next item', () => {
    const cut = viewOf('Ann Reyes of the Liberty of the Seas Foundation spoke.', [
      ['Ann Reyes', 'Person'],
      ['Seas Foundation', 'Organization'],
    ]);
    expect(insideLongerName(cut.view, cut.at('Seas Foundation'))).toBe(true);
    const post = viewOf('Ann Reyes is Director of the Harbour Foundation.', [
      ['Ann Reyes', 'Person'],
      ['Harbour Foundation', 'Organization'],
    ]);
    expect(insideLongerName(post.view, post.at('Harbour Foundation'))).toBe(false);
    const list = viewOf('Ann Reyes taught at the Bank of Tolland Institute.', [
      ['Ann Reyes', 'Person'],
      ['Bank', 'Organization'],
      ['Tolland Institute', 'Organization'],
    ]);
    expect(insideLongerName(list.view, list.at('Tolland Institute'))).toBe(false);
  });

  it('is a "for" body whose name goes on with "and", or a university system before its campus town', () => {
    const tail = viewOf('Ann Reyes directs the Marsh Center for Rivers and Coastal Study.', [
      ['Ann Reyes', 'Person'],
      ['Marsh Center for Rivers', 'Organization'],
    ]);
    expect(insideLongerName(tail.view, tail.at('Marsh Center for Rivers'))).toBe(true);
    const campus = viewOf('Ann Reyes was dean at the University of Vermont, Burlington for years.', [
      ['Ann Reyes', 'Person'],
      ['University of Vermont', 'Organization'],
      ['Burlington', 'Location'],
    ]);
    expect(insideLongerName(campus.view, campus.at('University of Vermont'))).toBe(true);
    const school = viewOf('Ann Reyes taught at the University of Vermont, Marsh College of Law for years.', [
      ['Ann Reyes', 'Person'],
      ['University of Vermont', 'Organization'],
    ]);
    expect(insideLongerName(school.view, school.at('University of Vermont'))).toBe(false);
  });

  it('goes on with a plural post, "to" after an "in" complement, a word after its acronym, or after "on"', () => {
    const plural = viewOf('We are joined by Chair of the Board of Coastal Planners Lena Ortiz.', [
      ['Board of Coastal', 'Organization'],
      ['Lena Ortiz', 'Person'],
    ]);
    expect(insideLongerName(plural.view, plural.at('Board of Coastal'))).toBe(true);
    const single = viewOf('We are joined by Harbour Board Chair Lena Ortiz.', [
      ['Harbour Board', 'Organization'],
      ['Lena Ortiz', 'Person'],
    ]);
    expect(insideLongerName(single.view, single.at('Harbour Board'))).toBe(false);
    const to = viewOf('Ann Reyes was named Director of Volunteers in Harbor Service to Ohio last year.', [
      ['Ann Reyes', 'Person'],
      ['Volunteers in Harbor Service', 'Organization'],
    ]);
    expect(insideLongerName(to.view, to.at('Volunteers in Harbor Service'))).toBe(true);
    const unit = viewOf('Ann Reyes directs the Institute for Harbor Studies (IHS) Maritime Program.', [
      ['Ann Reyes', 'Person'],
      ['Institute for Harbor Studies', 'Organization'],
    ]);
    expect(insideLongerName(unit.view, unit.at('Institute for Harbor Studies'))).toBe(true);
    const head = viewOf('Ann Reyes said the Institute for Harbor Studies (IHS) Director spoke first.', [
      ['Ann Reyes', 'Person'],
      ['Institute for Harbor Studies', 'Organization'],
    ]);
    expect(insideLongerName(head.view, head.at('Institute for Harbor Studies'))).toBe(false);
    const on = viewOf('Ann Reyes is Staff Director of the House Committee on Harbors and Ports.', [
      ['Ann Reyes', 'Person'],
      ['Harbors and Ports', 'Organization'],
    ]);
    expect(insideLongerName(on.view, on.at('Harbors and Ports'))).toBe(true);
  });

  it('is not held by a person named after "a" (a fellowship named after someone)', () => {
    const v = viewOf('She was a Martha Okonjo Fellow at the Harbour Institute.', [
      ['Martha Okonjo', 'Person'],
      ['Harbour Institute', 'Organization'],
    ]);
    expect(insideLongerName(v.view, v.at('Martha Okonjo'))).toBe(true);
  });
});

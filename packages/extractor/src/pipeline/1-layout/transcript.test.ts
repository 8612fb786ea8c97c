import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractionResult } from '@newsgraph/schema';
import { extract } from '../../extract';
import { occurrences, onWordEdges, sentenceSpans } from '../../../tests/spans';
import { normalise } from './normalise';

const fixtures = join(__dirname, '..', '..', '..', 'tests', 'fixtures', 'transcripts');
const read = (name: string): string => readFileSync(join(fixtures, name), 'utf8');

const briefing = {
  id: 'b',
  title: 'Press Briefing by Press Secretary Jen\\_Psaki, March 3, 2021',
  text: read('briefing-psaki.txt'),
};
const remarks = {
  id: 'r',
  title: 'Remarks by President Biden at the Signing of the Infrastructure Law',
  text: read('remarks-president.txt'),
};
const joint = {
  id: 'j',
  title: 'Remarks by President Biden and Prime Minister Kishida of Japan in Joint Press Conference',
  text: read('joint-conference.txt'),
};

const names = (r: ExtractionResult): string[] => r.entities.map((e) => e.name);
const person = (r: ExtractionResult, name: string) => r.entities.find((e) => e.name === name && e.type === 'Person');
const quotesOf = (r: ExtractionResult, name: string): string[] =>
  r.quotes.filter((q) => q.speaker === person(r, name)?.id).map((q) => q.text);

/** Spans must slice to their text and sit on the word edges and sentence bounds the test finds in the input itself. */
function checkOffsets(text: string, r: ExtractionResult): void {
  const sentences = sentenceSpans(text);
  const starts = new Set(sentences.map((s) => s.start));
  const ends = new Set(sentences.map((s) => s.end));
  const spans = [...r.entities.flatMap((e) => e.mentions), ...r.quotes];
  for (const m of spans)
    expect([m.text, onWordEdges(text, m.start, m.end)]).toEqual([text.slice(m.start, m.end), true]);
  for (const { start, end, text: said } of r.relations.map((rel) => rel.evidence))
    expect([said, starts.has(start), ends.has(end)]).toEqual([text.slice(start, end), true, true]);
}

describe('speaker turns in a press briefing', () => {
  const r = extract(briefing);

  it('reads no label, honorific, question mark or interjection as a name', () => {
    const all = r.entities.flatMap((e) => [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)]);
    for (const junk of ['MS.', 'MS', 'MS. PSAKI', 'Q', 'Well', 'Yeah', 'So', 'Thanks', 'END', 'EST'])
      expect(all).not.toContain(junk);
    // the label's surname is a mention of the speaker, never a name or alias of its own
    expect(r.entities.flatMap((e) => [e.name, ...e.aliases])).not.toContain('PSAKI');
    expect(all.some((n) => /^Q\s/.test(n) || /Laughter/.test(n))).toBe(false);
  });

  it('resolves "MS. PSAKI" to Jen Psaki from the title, with a name mention at each label', () => {
    const psaki = person(r, 'Jen Psaki');
    expect(psaki).toBeDefined();
    // the id folds the nickname into the formal given name, so Jennifer Psaki elsewhere is the same person
    expect(psaki?.id).toBe('person:jennifer-psaki');
    expect(psaki?.mentions.filter((m) => m.text === 'PSAKI' && m.kind === 'name')).toHaveLength(4);
    // "Thanks, Jen." in a question is the same person
    expect(psaki?.mentions.some((m) => m.text === 'Jen')).toBe(true);
  });

  it('quotes the opening of each substantive answer, never the questioner', () => {
    expect(quotesOf(r, 'Jen Psaki')).toEqual([
      'Today the President will meet with a bipartisan group of governors to\ntalk about the rollout of vaccines in their states.  He will also sign\nan order directing the Department of Labor to review workplace safety\nrules.',
      "Well, I don't have a call to preview at this point.  But\nhe speaks regularly with our partners in Europe, and I expect that will\ncontinue.",
      'Secretary Blinken is expected to attend the NATO\nministerial in Brussels next week, and the State Department will have\nmore details on his schedule.',
    ]);
    expect(r.quotes.every((q) => q.speaker === person(r, 'Jen Psaki')?.id)).toBe(true);
  });

  it('keeps the entities the turns talk about', () => {
    expect(names(r)).toEqual(expect.arrayContaining(['Brussels', 'NATO']));
    expect(person(r, 'Blinken')?.mentions.map((m) => m.start)).toEqual(occurrences(briefing.text, 'Blinken'));
  });

  it('keeps the venue line and a reporter addressed by first name out of the graph', () => {
    for (const junk of ['James S.', 'Brady Press Briefing Room', 'Zeke']) expect(names(r)).not.toContain(junk);
  });

  it('slices the original text at every offset', () => checkOffsets(briefing.text, r));
});

describe('layout regions and the normalised view', () => {
  it('blanks labels, clock lines and stage directions in norm, same length, and records the turns', () => {
    const doc = normalise(briefing.text, briefing.title);
    expect(doc.norm).toHaveLength(briefing.text.length);
    expect(doc.norm).not.toMatch(/PSAKI|P\.M\.|Laughter|\nQ /);
    expect(doc.turns?.map((t) => t.labelText)).toEqual([
      'MS. PSAKI',
      'Q',
      'MS. PSAKI',
      'Q',
      'MS. PSAKI',
      'Q',
      'MS. PSAKI',
    ]);
    expect(doc.turns?.[2]?.speaker).toBe('Jen Psaki');
    expect(doc.turns?.[1]?.speaker).toBeUndefined();
    const last = doc.turns?.[6];
    expect(last && briefing.text.slice(last.start, last.end)).toBe('Thanks, everyone.');
  });

  it('leaves ordinary news and memo headings alone', () => {
    const memo =
      'SUBJECT:  Delegation of Authority\n\nBy the authority vested in me, I hereby delegate the functions to the Secretary of State.';
    const doc = normalise(memo);
    expect(doc.turns ?? []).toHaveLength(0);
    expect(doc.norm).toBe(memo);
  });
});

describe('role labels', () => {
  it('resolves "THE PRESIDENT" to the president the title names, and quotes him', () => {
    const r = extract(remarks);
    const biden = person(r, 'Biden');
    expect(biden?.mentions.filter((m) => m.text === 'THE PRESIDENT' && m.kind === 'nominal')).toHaveLength(2);
    expect(quotesOf(r, 'Biden')).toEqual([
      "Today, I'm proud to sign a law that will rebuild roads and bridges in\nevery state of this country.  It is the largest investment in our\ninfrastructure in half a century.",
      "I'm going to Ohio on Tuesday, and I'm looking forward\nto seeing the workers who are building the new plant there.",
    ]);
    checkOffsets(remarks.text, r);
  });

  it('leaves "THE PRESIDENT" unresolved when the title names two presidents', () => {
    const doc = normalise(remarks.text, 'Remarks by President Biden and President Yoon of the Republic of Korea');
    expect(doc.turns?.[0]?.speaker).toBeUndefined();
  });

  it('never takes a president merely mentioned in the body for the speaker', () => {
    const text = 'THE PRESIDENT:  I spoke with President Macron this morning about the summit in Paris.\n';
    const doc = normalise(text, 'Remarks at a Campaign Reception');
    expect(doc.turns?.[0]?.speaker).toBeUndefined();
  });

  it('gives titled labels their surname, and unnamed officials no entity', () => {
    const r = extract(joint);
    expect(person(r, 'Biden')).toBeDefined();
    expect(person(r, 'Kishida')?.mentions.some((m) => m.text === 'KISHIDA')).toBe(true);
    expect(r.entities.some((e) => /OFFICIAL|PRESIDENT BIDEN|PRIME MINISTER/.test(e.name))).toBe(false);
    expect(quotesOf(r, 'Kishida')).toEqual([
      'Japan and\nthe United States will deepen their cooperation on economic security.',
    ]);
    expect(r.entities.some((e) => e.name === 'Okay')).toBe(false);
    checkOffsets(joint.text, r);
  });
});

describe('spoken fillers and forms of address', () => {
  const text = [
    'MS. JEAN-PIERRE:  Obviously, the President has been clear about this.  I\u2019ve said it before.',
    '',
    'Q    Thanks, Karine.  Will he visit Ohio, Michigan and Pennsylvania?',
    '',
    'MS. JEAN-PIERRE:  Oh, I don\u2019t have a trip to announce.  Go ahead, Peter.',
    '',
  ].join('\n');
  const r = extract({ id: 'v', title: 'Press Briefing by Press Secretary Karine Jean-Pierre', text });

  it('reads no interjection or contraction as a name', () => {
    for (const junk of ['Obviously', "I've", 'I\u2019ve', 'Oh', 'Peter']) expect(names(r)).not.toContain(junk);
  });

  it("links the briefer's first name to her, and keeps places that merely stand in a list", () => {
    const mentions = person(r, 'Karine Jean-Pierre')
      ?.mentions.filter((m) => m.kind === 'name')
      .map((m) => m.text);
    expect(mentions).toEqual(['JEAN-PIERRE', 'Karine', 'JEAN-PIERRE']);
    expect(names(r)).toEqual(expect.arrayContaining(['Ohio', 'Michigan', 'Pennsylvania']));
    checkOffsets(text, r);
  });
});

describe('full names from the text', () => {
  const text =
    'DR. BIDEN:  Thank you all for coming to the school today to see the new library.\n\nMS. HARRIS:  It is good to be here with the teachers of this district.\n';

  it('takes the full name the title writes, and falls back to the surname in Title case', () => {
    const doc = normalise(text, 'Remarks by First Lady Jill Biden at a School Visit');
    expect(doc.turns?.map((t) => t.speaker)).toEqual(['Jill Biden', 'Harris']);
  });

  it('picks no one when two people of that surname are named as often', () => {
    const doc = normalise(text, 'Remarks by First Lady Jill Biden and President Joe Biden at a School Visit');
    expect(doc.turns?.[0]?.speaker).toBe('Biden');
  });

  it('finds the full name in the body when the title has none', () => {
    const doc = normalise(
      `${text}\nMS. HARRIS:  Vice President Kamala Harris thanks the staff.\n`,
      'Remarks at a School Visit',
    );
    expect(doc.turns?.[1]?.speaker).toBe('Kamala Harris');
  });
});

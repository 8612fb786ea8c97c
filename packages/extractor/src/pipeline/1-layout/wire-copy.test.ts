import type { ExtractionResult } from '@newsgraph/schema';
import { onWordEdges } from '../../../tests/spans';
import { extract } from '../../extract';

// wire copy as it arrives: a capitals headline, an indented dateline paragraph, lines hard-wrapped at ~66 columns,
// a name and a sentence running over line breaks, and the agency's sign-off
const STORY = [
  'DUTCH PORT SAYS EXPANSION ON TRACK',
  '',
  '    ROTTERDAM, May 14 - The second phase of the container terminal will',
  'open next year, said Allard Castelein, chief executive of the Port of',
  'Rotterdam Authority, after signing a dredging contract with Van Oord.',
  '    Infrastructure Minister Melanie Schultz van Haegen told parliament',
  'the project would create 2,000 jobs in the region, and that Allard',
  'Castelein would report to her in the autumn.',
  ' Reuter',
].join('\n');

const names = (r: ExtractionResult, type?: string): string[] =>
  r.entities
    .filter((e) => !type || e.type === type)
    .flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => m.text));

describe('extract on hard-wrapped wire copy', () => {
  const result = extract({ id: 'wire', text: STORY });

  it('finds a name split across a line break as one mention with exact offsets', () => {
    const haegen = result.entities.find((e) => e.name === 'Melanie Schultz van Haegen');
    expect(haegen?.type).toBe('Person');
    const mention = haegen?.mentions.find((m) => m.kind === 'name');
    expect(mention?.text).toBe('Melanie Schultz van Haegen');
    const castelein = result.entities.find((e) => e.name === 'Allard Castelein');
    expect(castelein?.mentions.map((m) => m.text)).toEqual(['Allard Castelein', 'Allard\nCastelein']);
  });

  it('places every mention on word edges and every evidence on one of the story sentences the test finds', () => {
    for (const e of result.entities)
      for (const m of e.mentions)
        expect([m.text, onWordEdges(STORY, m.start, m.end)]).toEqual([STORY.slice(m.start, m.end), true]);
    const at = (s: string): [number, number] => [STORY.indexOf(s), STORY.indexOf(s) + s.length];
    const sentences = [
      [at('The second phase')[0], at('Van Oord.')[1]],
      [at('Infrastructure Minister')[0], at('in the autumn.')[1]],
    ];
    expect(result.relations.length).toBeGreaterThan(0);
    for (const { start, end, text } of result.relations.map((r) => r.evidence)) {
      expect(sentences).toContainEqual([start, end]);
      expect(text).toBe(STORY.slice(start, end));
    }
  });

  it('gives whole sentences as evidence, never a line', () => {
    expect(result.relations.length).toBeGreaterThan(0);
    for (const rel of result.relations) expect(rel.evidence.text).toMatch(/\.$/);
    const post = result.relations.find(
      (r) => r.subject === 'person:allard-castelein' && r.predicate === 'HOLDS_POSITION',
    );
    expect(post?.evidence.text).toBe(
      'The second phase of the container terminal will\nopen next year, said Allard Castelein, chief executive of the Port of\nRotterdam Authority, after signing a dredging contract with Van Oord.',
    );
  });

  it("takes no name from the headline's capitals, the dateline or the sign-off", () => {
    expect(names(result, 'Person')).not.toContain('Reuter');
    expect(names(result).filter((n) => /SAYS|PORT|EXPANSION/.test(n))).toEqual([]);
    for (const rel of result.relations) {
      expect(rel.evidence.text).not.toContain('ROTTERDAM, May 14');
      expect(rel.evidence.text).not.toContain('SAYS');
      expect(rel.evidence.text).not.toContain('Reuter');
    }
  });

  it('reads the same wrapped and unwrapped', () => {
    const flat = STORY.replace(/([^\n])\n(?=[a-z]|Rotterdam|Castelein)/g, '$1 ');
    expect(flat).not.toBe(STORY);
    const key = (r: ExtractionResult): string[] => r.entities.map((e) => `${e.type}:${e.name}`).sort();
    expect(key(extract({ id: 'flat', text: flat }))).toEqual(key(result));
  });
});

describe('extract on datelines and sign-offs', () => {
  it('never locates the agency at its dateline and never makes a person of the sign-off', () => {
    const text = [
      "NAIROBI (AP) \u2014 Kenya's central bank kept its main lending rate",
      'unchanged on Tuesday, Governor Kamau Thugge said at a news conference',
      'in Nairobi.',
      '',
      '(Reporting by Duncan Otieno; Editing by Sarah Whitfield)',
    ].join('\n');
    const r = extract({ id: 'ap', text });
    const agency = r.entities.filter((e) => e.name === 'AP' || e.aliases.includes('AP')).map((e) => e.id);
    expect(r.entities.filter((e) => e.aliases.includes('AP') && e.type !== 'Organization')).toEqual([]);
    expect(r.relations.filter((x) => agency.includes(x.subject) && x.predicate === 'LOCATED_IN')).toEqual([]);
    expect(names(r, 'Person')).toEqual(['Kamau Thugge']);
    expect(r.entities.filter((e) => e.type === 'Organization' && e.name === 'Nairobi')).toEqual([]);
  });

  it("takes no name from a title-case headline's capitals, and keeps the country it names", () => {
    const text =
      'Rebels Seize Border Town In Eastern Congo\n\nGOMA, Nov 2 - Rebel forces seized the border town on\nSaturday after two days of fighting, aid workers said.';
    const r = extract({ id: 'title', text });
    expect(names(r).filter((n) => /Seize|Rebels/.test(n))).toEqual([]);
    expect(r.entities.find((e) => e.type === 'Country')?.mentions[0]?.text).toBe('Congo');
  });
});

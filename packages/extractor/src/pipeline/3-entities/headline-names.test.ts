import { extractText, fakeTagger } from './fake-tagger';

// a made-up takeover brief: the headline writes both companies in capitals and without their legal suffixes
const BRIEF = [
  'GRANVILLE STEEL SAYS IT WILL SELL MILL TO ORTEGA METALS',
  '',
  '    PITTSBURGH, May 4 - Granville Steel Corp said it agreed to sell',
  'its rolling mill in Ohio to Ortega Metals Ltd of Britain for about 90',
  'mln dlrs.',
  '    Granville said the sale would close by the end of the year.',
  ' Reuter',
].join('\n');

describe('names in a capitals headline', () => {
  it('joins a headline name to the story name it abbreviates, with its type and full name', () => {
    const spans: Parameters<typeof fakeTagger>[1] = [
      ['GRANVILLE STEEL', 'ORG', 0.9],
      ['ORTEGA METALS', 'LOC', 0.9],
      ['PITTSBURGH', 'LOC', 0.9],
      ['Granville Steel Corp', 'ORG', 0.9],
      ['Ortega Metals Ltd', 'ORG', 0.9],
      ['Granville', 'ORG', 0.9, 1],
    ];
    const r = extractText(BRIEF, fakeTagger(BRIEF, spans));
    const holder = (mention: string) => r.entities.find((e) => e.mentions.some((m) => m.text === mention));
    expect(holder('ORTEGA METALS')?.name).toBe('Ortega Metals Ltd');
    expect(holder('ORTEGA METALS')?.type).toBe('Organization');
    expect(holder('GRANVILLE STEEL')?.id).toBe(holder('Granville Steel Corp')?.id);
    expect(r.entities.filter((e) => e.type === 'Location').map((e) => e.name)).not.toContain('ORTEGA METALS');
  });

  it('does so with the bundled tagger too', () => {
    const r = extractText(BRIEF);
    const types = r.entities.flatMap((e) =>
      e.mentions.filter((m) => m.kind === 'name').map((m) => `${m.text}:${e.type}`),
    );
    expect(types).toContain('ORTEGA METALS:Organization');
    expect(types).toContain('GRANVILLE STEEL:Organization');
  });

  it("keeps an unsure name the story never writes only where it opens the headline, the subject's place", () => {
    const text = 'TOLLAND MILLS SAYS CARVER UNIT TO CLOSE\n\n    The plant employs 300 people, a spokesman said.';
    const spans: Parameters<typeof fakeTagger>[1] = [
      ['TOLLAND MILLS', 'ORG', 0.5],
      ['CARVER', 'ORG', 0.5],
    ];
    const names = extractText(text, fakeTagger(text, spans)).entities.map((e) => e.name);
    expect(names).toContain('Tolland Mills');
    expect(names).not.toContain('CARVER');
    expect(names).not.toContain('Carver');
  });
});

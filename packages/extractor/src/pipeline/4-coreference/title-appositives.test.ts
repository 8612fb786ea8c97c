import { extractText } from '../3-entities/fake-tagger';

/** Each person's mentions as "text/kind". */
function people(text: string): string[][] {
  return extractText(text)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.mentions.map((m) => `${m.text}/${m.kind}`));
}

describe('addTitleAppositives', () => {
  it('links a title of office after a name to that person and keeps the place inside it', () => {
    const text = 'The treaty was signed by Joshua Norton, Emperor of the United States, in a cramped office.';
    const result = extractText(text);
    const norton = result.entities.find((e) => e.name === 'Joshua Norton');
    expect(norton?.mentions.map((m) => `${m.text}/${m.kind}`)).toEqual([
      'Joshua Norton/name',
      'Emperor of the United States/nominal',
    ]);
    expect(result.entities.find((e) => e.type === 'Country')?.name).toBe('United States');
    // a title describes the person: it is no alias that could merge another emperor into him at ingest
    expect(norton?.aliases).not.toContain('Emperor of the United States');
  });

  it('links a place\'s title after a name ("Ohio\'s Attorney General") and a title before it ("the King of Tonga, …")', () => {
    const text =
      "The budget was opposed by Dave Yost, Ohio's Attorney General, last week. Years earlier the King of Tonga, George Tupou, had visited.";
    const mentions = people(text).flat();
    expect(mentions).toContain("Ohio's Attorney General/nominal");
    expect(mentions).toContain('King of Tonga/nominal');
  });

  it('reads a peerage the tagger took for a name as the title of the person it follows', () => {
    const text = 'In London she married Edward Hale, 3rd Earl of Dunmore, in 1871.';
    const result = extractText(text);
    expect(result.entities.filter((e) => e.type === 'Organization').map((e) => e.name)).toEqual([]);
    const hale = result.entities.find((e) => e.name === 'Edward Hale');
    expect(hale?.mentions.map((m) => m.text)).toContain('3rd Earl of Dunmore');
  });

  it('leaves a title that stands alone or ends the sentence with no name beside it', () => {
    const text = 'She was elected Governor of Vermont. The Governor of Vermont vetoed the bill.';
    expect(
      people(text)
        .flat()
        .filter((m) => m.endsWith('/nominal')),
    ).toEqual([]);
  });
});

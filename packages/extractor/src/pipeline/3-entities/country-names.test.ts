import { extractText } from './fake-tagger';

/** The ids the article's "Georgia" mentions resolve to, in text order. */
function georgiaIds(text: string): string[] {
  return extractText(text)
    .entities.flatMap((e) => e.mentions.filter((m) => /^Georgia/.test(m.text)).map((m) => [m.start, e.id] as const))
    .sort((a, b) => a[0] - b[0])
    .map(([, id]) => id);
}

describe('Georgia, the state or the country', () => {
  it('reads the state where nothing says the country', () => {
    expect(georgiaIds('President Biden will travel to Georgia on Monday to talk about jobs.')).toEqual(['loc:georgia']);
  });

  it("reads the state beside another state or the state's cities, even in an article about the country", () => {
    const text =
      'We are concerned by the new law in Tbilisi. Funds went to Georgia, Alabama and Texas. ' +
      'Damage in Savannah, Georgia was severe.';
    expect(georgiaIds(text)).toEqual(['loc:georgia', 'loc:georgia']);
  });

  it('reads the country beside its neighbours, its government or its capital', () => {
    const text =
      'We support the sovereignty of Ukraine, Georgia, and Moldova. ' +
      'We will reassess our relationship with Georgia. The embassy in Tbilisi, Georgia is open.';
    expect(georgiaIds(text)).toEqual(['country:GE', 'country:GE', 'country:GE']);
  });

  it('reads the country throughout an article that names its capital', () => {
    const text = 'Protests filled the streets of Tbilisi. The United States stands with the people of Georgia.';
    expect(georgiaIds(text)).toEqual(['country:GE']);
  });
});

describe('Korea', () => {
  it('reads "Korea" as South Korea and the two republics\' official names whole', () => {
    const text =
      'We remain committed to the defense of the Republic of Korea. We discussed the Democratic People’s Republic of ' +
      'Korea (DPRK) with Japan. Korea quadrupled its commitment, and ROK forces trained.';
    const countries = extractText(text)
      .entities.filter((e) => e.type === 'Country' || e.type === 'Location')
      .map((e) => [e.id, e.mentions.filter((m) => m.kind === 'name').map((m) => m.text)]);
    expect(countries).toEqual([
      ['country:KR', ['Republic of Korea', 'Korea', 'ROK']],
      ['country:KP', ['Democratic People’s Republic of Korea', 'DPRK']],
      ['country:JP', ['Japan']],
    ]);
  });
});

import { relationsOf } from './test-doc';

const ENTITIES: Parameters<typeof relationsOf>[1] = [
  ['Harstad', 'Location'],
  ['Norway', 'Country'],
  ['Harstad Museum', 'Organization'],
  ['Securities and Exchange Commission', 'Organization'],
  ['Canada', 'Country'],
  ['Toronto', 'Location'],
  ['Reuters', 'Organization'],
];

describe('document-wide country only in encyclopaedic leads', () => {
  it('keeps it for a reference lead that defines its subject', () => {
    const text =
      'Harstad is a town in Troms county. It is one of the largest towns in Norway. The town is home to the Harstad Museum.';
    expect(relationsOf(text, ENTITIES)).toContain('Harstad Museum LOCATED_IN Norway');
  });

  it('gives a news story no country for the names it merely mentions', () => {
    const text =
      'TORONTO, March 3 - Shares of a Toronto miner fell after the Securities and Exchange Commission opened an inquiry, ' +
      'the company said. Canada has no role in the case. Regulators in Canada declined to comment. Reuters could not reach the firm.';
    expect(relationsOf(text, ENTITIES).filter((x) => x.includes('Canada'))).toEqual([]);
  });

  it('gives a statement in the first person none either', () => {
    const text =
      'Harstad is a place that stays in your heart. I was born there. We went back each summer to Norway and the Harstad Museum.';
    expect(relationsOf(text, ENTITIES)).toEqual([]);
  });
});

describe('what reads as the first person', () => {
  it('is not a roman numeral or a quoted title', () => {
    const text =
      '"I Know You" is a song by Constantine I, a band from Norway. It was recorded in Harstad. The band later played the Harstad Museum.';
    expect(relationsOf(text, ENTITIES)).toContain('Harstad LOCATED_IN Norway');
  });
});

describe('a hard-wrapped lead', () => {
  it('is read across its line breaks, and an order "vested in me" is not a lead', () => {
    const wrapped =
      'Harstad is a town in the north of Troms county, on the island of\nHinnoya. It is one of the largest towns in Norway. The town is home to the Harstad Museum.';
    expect(relationsOf(wrapped, ENTITIES)).toContain('Harstad Museum LOCATED_IN Norway');
    const order =
      'By the authority vested in me by the laws of Norway, it is hereby ordered that the Harstad Museum\nbe funded. Harstad shall be its seat. The order takes effect at once.';
    expect(relationsOf(order, ENTITIES)).toEqual([]);
  });
});

describe('posts and orders', () => {
  it('are not leads, though they define something', () => {
    const order =
      'Whereas, the Harstad Museum is essential to the culture of Norway. Harstad is its home. The order takes effect at once.';
    expect(relationsOf(order, ENTITIES)).toEqual([]);
    const post =
      '*Ann Lee, Chief Economist*\n\nHarstad is a town that shows what investment can do. Norway funds it. The Harstad Museum opened.';
    expect(relationsOf(post, ENTITIES).filter((x) => x.includes('Norway'))).toEqual([]);
  });
});

describe('a fact sheet or statement that opens like a reference lead', () => {
  const lead = 'The Harstad Museum is the largest museum in Norway. ';
  it('gets no country when the body has bullets', () => {
    const text = `${lead}It opened new wings.\n\n- Harstad gains a library.\n- Harstad gains a park.\n`;
    expect(relationsOf(text, ENTITIES).filter((x) => x.includes('Norway'))).toEqual([]);
  });

  it('gets none when an administration speaks of itself later on', () => {
    const text = `${lead}It opened new wings. The Administration will fund a hall in Harstad.`;
    expect(relationsOf(text, ENTITIES).filter((x) => x.includes('Norway'))).toEqual([]);
  });

  it('gets none when the writer says "we" and "our" past the opening', () => {
    const text = `${lead}It opened new wings in Harstad. ${'The wings hold old maps of the coast. '.repeat(20)}We will keep our promise to Harstad.`;
    expect(relationsOf(text, ENTITIES).filter((x) => x.includes('Norway'))).toEqual([]);
  });

  it('still gets one when the "we" is only in a quotation', () => {
    const text = `${lead}It opened new wings in Harstad. Its founder wrote "we built it for our town" in a letter.`;
    expect(relationsOf(text, ENTITIES)).toContain('Harstad LOCATED_IN Norway');
  });
});

// White House statements, readouts and web pages that open like a reference lead (0.3.13 sample: every document-wide
// country in them was judged wrong); each written anew.
describe('what gives a statement or a web page away', () => {
  // the museum is placed in Norway by no sentence, only by the document-wide guess
  const norwegian = (text: string): string[] =>
    relationsOf(text, ENTITIES).filter((x) => x === 'Harstad Museum LOCATED_IN Norway');

  it('is a writer speaking as "I" anywhere outside quotations', () => {
    expect(
      norwegian(
        'Harstad is the gateway to the Arctic north. As leaders meet in Harstad, I urge Norway to act. The Harstad Museum will host them.',
      ),
    ).toEqual([]);
  });

  it('is a day named in the opening sentence, or an opening on a pronoun', () => {
    expect(
      norwegian('Today’s vote in Harstad is a win for Norway. The town voted early. The Harstad Museum stayed open.'),
    ).toEqual([]);
    expect(
      norwegian('It is a proud day for Harstad. The town is the oldest in Norway. The Harstad Museum opens at noon.'),
    ).toEqual([]);
  });

  it('is a government’s own house style or a web page’s markup', () => {
    expect(
      norwegian('Harstad is a town in Norway. The President welcomed its mayor. The Harstad Museum sent a gift.'),
    ).toEqual([]);
    expect(
      norwegian('Harstad is a town in Norway. Read more **here** about it. The Harstad Museum sent a gift.'),
    ).toEqual([]);
  });

  it('is not the president of some body, named with "of"', () => {
    expect(
      norwegian('Harstad is a town in Norway. The President of the council lives there. The Harstad Museum is old.'),
    ).toEqual(['Harstad Museum LOCATED_IN Norway']);
  });
});

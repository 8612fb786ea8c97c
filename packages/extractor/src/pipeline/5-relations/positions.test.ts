import { relationsOf } from './test-doc';

const PEOPLE: Parameters<typeof relationsOf>[1] = [
  ['Pedro Sanchez', 'Person'],
  ['Spain', 'Country'],
  ['Joseph R. Biden', 'Person'],
  ['United States', 'Country'],
  ['Xi Jinping', 'Person'],
  ['China', 'Country'],
  ['Justin Trudeau', 'Person'],
  ['Canada', 'Country'],
  ['Chrystia Freeland', 'Person'],
  ['Ronald Reagan', 'Person'],
  ['Japan', 'Country'],
  ['Jens Stoltenberg', 'Person'],
  ['NATO', 'Organization'],
  ['Ann Lee', 'Person'],
  ['Ohio', 'Country'],
  ['Keir Starmer', 'Person'],
  ['United Kingdom', 'Country'],
];

describe('positions bound to their sentence', () => {
  it('gives "President X of <country>" that country, and the other leader none', () => {
    const t = relationsOf(
      'President Joseph R. Biden welcomed President Pedro Sanchez of Spain to the White House.',
      PEOPLE,
    );
    expect(t).toContain('Pedro Sanchez HOLDS_POSITION Spain');
    expect(t.filter((x) => x.startsWith('Joseph R. Biden'))).toEqual([]);
  });

  it('reads a "Jr." between the name and its country, and a body after "of"', () => {
    expect(
      relationsOf(
        'Prime Minister Keir Starmer of the United Kingdom and President Joseph R. Biden, Jr. of the United States met in Berlin.',
        PEOPLE,
      ),
    ).toEqual(
      expect.arrayContaining([
        'Keir Starmer HOLDS_POSITION United Kingdom',
        'Joseph R. Biden HOLDS_POSITION United States',
      ]),
    );
    expect(relationsOf('Secretary General Jens Stoltenberg of NATO spoke first.', PEOPLE)).toContain(
      'Jens Stoltenberg HOLDS_POSITION NATO',
    );
  });

  it('takes no country from the rest of the document', () => {
    const text =
      'The United States and Canada signed a pact. The United States will fund it. The United States hosts the talks. ' +
      'Prime Minister Justin Trudeau and Deputy Prime Minister Chrystia Freeland praised it. President Xi Jinping was not there.';
    expect(relationsOf(text, PEOPLE).filter((x) => x.includes('HOLDS_POSITION'))).toEqual([]);
  });

  it('does not make a reporting leader head of the country the sentence is about', () => {
    expect(relationsOf('Japan must open its markets faster, President Ronald Reagan said on Tuesday.', PEOPLE)).toEqual(
      [],
    );
  });

  it('reads a leader in a sentence whose subject is the one country it names', () => {
    expect(
      relationsOf('China has pressed the idea since President Xi Jinping put it forward in 2015.', PEOPLE),
    ).toContain('Xi Jinping HOLDS_POSITION China');
  });

  it('ignores courtesy titles before "of"', () => {
    expect(relationsOf('Dr. Ann Lee of Ohio wrote the report.', PEOPLE)).toEqual([]);
  });

  it('records the rule that produced each relation', () => {
    expect(relationsOf('President Pedro Sanchez of Spain arrived.', PEOPLE, true)).toContain(
      'Pedro Sanchez HOLDS_POSITION Spain [position-title-of]',
    );
  });
});

describe('the country a sentence is about', () => {
  it('is not a listed country, nor a body other than the one a title names', () => {
    const e: Parameters<typeof relationsOf>[1] = [
      ['Canada', 'Country'],
      ['European Commission', 'Organization'],
      ['Ursula von der Leyen', 'Person'],
    ];
    expect(
      relationsOf('Canada, European Commission President Ursula von der Leyen and others joined the call.', e),
    ).not.toContain('Ursula von der Leyen HOLDS_POSITION Canada');
    expect(
      relationsOf('Canada welcomed the plan after European Commission President Ursula von der Leyen spoke.', e),
    ).toEqual(['Ursula von der Leyen HOLDS_POSITION European Commission']);
  });
});

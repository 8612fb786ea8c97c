import { relationsOf, type TestMention } from './test-doc';

// Classes of wrong relation found by judging White House articles at 0.3.10
// (bench/judge/samples/whitehouse-0.3.10-relations.jsonl and fresh draws), each written anew with sentences of our own.
describe('relations an analyst would not cite (0.3.10 classes)', () => {
  it('gives no membership of a rank such as the Senior Foreign Service', () => {
    const e: TestMention[] = [
      ['Mara Quint', 'Person'],
      ['Senior Foreign Service', 'Organization'],
      ['Department of State', 'Organization'],
    ];
    const text =
      'Mara Quint, a career member of the Senior Foreign Service, class of Counselor, now works at the Department of State.';
    const r = relationsOf(text, e);
    expect(r).not.toContain('Mara Quint MEMBER_OF Senior Foreign Service');
    expect(r).not.toContain('Mara Quint HOLDS_POSITION Senior Foreign Service');
  });

  it('reads what a capitalised post is "for" as the area it covers, not the body', () => {
    const e: TestMention[] = [
      ['Tom Arlen', 'Person'],
      ['Haiti', 'Country'],
      ['Rosa Vint', 'Person'],
      ['Coastal Affairs', 'Organization'],
      ['Bureau of Ocean Policy', 'Organization'],
    ];
    expect(relationsOf('Tom Arlen, Special Envoy for Haiti, arrived on Monday.', e)).toEqual([]);
    // a country before the next person's title qualifies that title
    const u: TestMention[] = [
      ['Ana Fox', 'Person'],
      ['United States', 'Country'],
    ];
    expect(relationsOf('He was State Director for United States Senator Ana Fox for six years.', u)).toEqual([
      'Ana Fox HOLDS_POSITION United States',
    ]);
    const r = relationsOf('Rosa Vint was Deputy Director for Coastal Affairs at the Bureau of Ocean Policy.', e);
    expect(r).not.toContain('Rosa Vint HOLDS_POSITION Coastal Affairs');
  });

  it('still gives the post when what follows "for" is a body', () => {
    const e: TestMention[] = [
      ['Lina Park', 'Person'],
      ['Federal Public Defender Office', 'Organization'],
    ];
    const r = relationsOf('Lina Park was the Trial Chief for the Federal Public Defender Office from 2009.', e);
    expect(r).toContain('Lina Park HOLDS_POSITION Federal Public Defender Office');
    const c: TestMention[] = [
      ['Omar Diaz', 'Person'],
      ['Centers for Rural Health', 'Organization'],
    ];
    expect(relationsOf('Omar Diaz was the Trial Chief for the Centers for Rural Health from 2009.', c)).toContain(
      'Omar Diaz HOLDS_POSITION Centers for Rural Health',
    );
  });

  it('reads a field before the body it belongs to as the portfolio, not the employer', () => {
    const e: TestMention[] = [
      ['Ada Cole', 'Person'],
      ['Pediatric Surgery', 'Organization'],
      ['Lakeside Medical Center', 'Organization'],
    ];
    const r = relationsOf(
      'Ada Cole, who is the Chief of Pediatric Surgery at Lakeside Medical Center, spoke first.',
      e,
    );
    expect(r).not.toContain('Ada Cole HOLDS_POSITION Pediatric Surgery');
  });

  it('takes no body from the tail of a post ("State for Political Affairs")', () => {
    const e: TestMention[] = [
      ['Nora Blake', 'Person'],
      ['State for Arms Control', 'Organization'],
    ];
    const r = relationsOf('Nora Blake was Under Secretary of State for Arms Control until 2019.', e);
    expect(r).toEqual([]);
    const c: TestMention[] = [
      ['Ivo Renn', 'Person'],
      ['Cabinet for Regional Council', 'Organization'],
    ];
    expect(relationsOf('Ivo Renn, Chief of Cabinet for Regional Council President Ana Lis, spoke.', c)).toEqual([]);
  });

  it('gives no post or membership in a kind of body that names none ("the City Council")', () => {
    const e: TestMention[] = [
      ['Ben Oduya', 'Person'],
      ['City Council', 'Organization'],
      ['Board of Directors', 'Organization'],
    ];
    const text = 'Ben Oduya is a member of the City Council and sits on the Board of Directors.';
    expect(relationsOf(text, e)).toEqual([]);
  });

  it('places no organisation named in a bullet heading', () => {
    const e: TestMention[] = [
      ['Water Access', 'Organization'],
      ['Chad', 'Country'],
      ['USAID', 'Organization'],
    ];
    const text = '- **Support for Water Access in Chad:** USAID will drill new wells in Chad this year.';
    expect(relationsOf(text, e)).not.toContain('Water Access LOCATED_IN Chad');
  });

  it('places nothing in a country that opens a longer name', () => {
    const e: TestMention[] = [
      ['Board of Advisers', 'Organization'],
      ['United States', 'Country'],
      ['Naval Research Academy', 'Organization'],
      ['Reading Room', 'Location'],
      ['U.S.', 'Country', 'name', 'country:united-states'],
      ['Capitol', 'Organization'],
    ];
    const r = relationsOf('She sat on the Board of Advisers at the United States Naval Research Academy.', e);
    expect(r).not.toContain('Board of Advisers LOCATED_IN United States');
    expect(relationsOf('They met in the Reading Room in the U.S. Capitol.', e)).not.toContain(
      'Reading Room LOCATED_IN United States',
    );
  });

  it('reads "<name> of <place>" as one name unless a company suffix closes it or the place is a country', () => {
    const e: TestMention[] = [
      ['Osage Band', 'Organization'],
      ['Oklahoma', 'Location'],
      ['Midland Castings Corp.', 'Organization'],
      ['Peoria', 'Location'],
    ];
    expect(relationsOf('Aid goes to the Osage Band of Oklahoma for the repairs.', e)).toEqual([]);
    expect(relationsOf('The order went to Midland Castings Corp. of Peoria last week.', e)).toEqual([
      'Midland Castings Corp. LOCATED_IN Peoria',
    ]);
    // a nation's body is placed in its nation
    const k: TestMention[] = [
      ['Appeals Tribunal', 'Organization'],
      ['Kenya', 'Country'],
    ];
    expect(relationsOf('The ruling of the Appeals Tribunal of Kenya stands.', k)).toEqual([
      'Appeals Tribunal LOCATED_IN Kenya',
    ]);
  });

  it("places no unit described by an article or another body's possessive", () => {
    const e: TestMention[] = [
      ['Google', 'Organization'],
      ['Data Science Center', 'Organization'],
      ['Nairobi', 'Location'],
      ['Trade Center of Excellence', 'Organization'],
      ['Accra', 'Location'],
    ];
    expect(relationsOf('Through its Data Science Center in Nairobi, Google trains engineers.', e)).not.toContain(
      'Data Science Center LOCATED_IN Nairobi',
    );
    expect(relationsOf('They will open a regional Trade Center of Excellence in Accra.', e)).toEqual([]);
  });
});

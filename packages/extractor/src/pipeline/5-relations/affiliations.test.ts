import { relationsOf } from './test-doc';

describe('affiliations in news prose', () => {
  it('reads a role apposition whose role has its own modifiers', () => {
    expect(
      relationsOf('Prices fell, said Ann Lee, a senior bond analyst with Morgan Stanley in London.', [
        ['Ann Lee', 'Person'],
        ['Morgan Stanley', 'Organization'],
        ['London', 'Location'],
      ]),
    ).toContain('Ann Lee HOLDS_POSITION Morgan Stanley');
    expect(
      relationsOf('Tom Reed, 61, was acting treasurer at the Red Cross when he left.', [
        ['Tom Reed', 'Person'],
        ['Red Cross', 'Organization'],
      ]),
    ).toEqual(['Tom Reed HOLDS_POSITION Red Cross']);
    expect(
      relationsOf('They voted for Rossi (leader of the Green Party) last year.', [
        ['Rossi', 'Person'],
        ['Green Party', 'Organization'],
      ]),
    ).toEqual(['Rossi MEMBER_OF Green Party']);
  });

  it('reads an employer that qualifies the role, and a second body (a membership) in the same apposition', () => {
    expect(
      relationsOf('The plan is safe, said Jane Roe, an EPA spokeswoman.', [
        ['Jane Roe', 'Person'],
        ['EPA', 'Organization'],
      ]),
    ).toEqual(['Jane Roe HOLDS_POSITION EPA']);
    expect(
      relationsOf("Sales rose, said Bo Li, Acme Corp.'s chairman and chief executive officer.", [
        ['Bo Li', 'Person'],
        ['Acme Corp.', 'Organization'],
      ]),
    ).toEqual(['Bo Li HOLDS_POSITION Acme Corp.']);
    expect(
      relationsOf('Ed Yu, director of the Sun Institute and a member of the Moon Society, spoke.', [
        ['Ed Yu', 'Person'],
        ['Sun Institute', 'Organization'],
        ['Moon Society', 'Organization'],
      ]),
    ).toEqual(['Ed Yu HOLDS_POSITION Sun Institute', 'Ed Yu MEMBER_OF Moon Society']);
  });

  it('reads a founder as founding, and a founder who also holds a post as both', () => {
    expect(
      relationsOf('He met Bo Ng (founder of Ng Media) in May.', [
        ['Bo Ng', 'Person'],
        ['Ng Media', 'Organization'],
      ]),
    ).toEqual(['Bo Ng FOUNDED Ng Media']);
    expect(
      relationsOf('He met Bo Ng (founder and chairman of Ng Media) in May.', [
        ['Bo Ng', 'Person'],
        ['Ng Media', 'Organization'],
      ]),
    ).toEqual(['Bo Ng FOUNDED Ng Media', 'Bo Ng HOLDS_POSITION Ng Media']);
  });

  it('reads "of", "at", verbs of work and a post named before its holder', () => {
    expect(
      relationsOf('Said Ali of the Forest Service disagreed.', [
        ['Said Ali', 'Person'],
        ['Forest Service', 'Organization'],
      ]),
    ).toEqual(['Said Ali HOLDS_POSITION Forest Service']);
    expect(
      relationsOf('Mia Ford taught at Yale University and the Naval War College.', [
        ['Mia Ford', 'Person'],
        ['Yale University', 'Organization'],
        ['Naval War College', 'Organization'],
      ]),
    ).toEqual(['Mia Ford HOLDS_POSITION Yale University', 'Mia Ford HOLDS_POSITION Naval War College']);
    expect(
      relationsOf('He met the deputy head of the Trade Ministry, Kim Park, on Monday.', [
        ['Trade Ministry', 'Organization'],
        ['Kim Park', 'Person'],
      ]),
    ).toEqual(['Kim Park HOLDS_POSITION Trade Ministry']);
  });

  it("reads a person's party but not other possessed organisations or places owned by one", () => {
    expect(
      relationsOf("Jean Roy's Liberal Party won the vote.", [
        ['Jean Roy', 'Person'],
        ['Liberal Party', 'Organization'],
      ]),
    ).toEqual(['Jean Roy MEMBER_OF Liberal Party']);
    expect(
      relationsOf("Jean Roy's Twitter account was closed.", [
        ['Jean Roy', 'Person'],
        ['Twitter', 'Organization'],
      ]),
    ).toEqual([]);
    expect(
      relationsOf("The actor shot Tom Lane at Ford's Theater.", [
        ['Tom Lane', 'Person'],
        ['Ford', 'Organization'],
      ]),
    ).toEqual([]);
    expect(
      relationsOf('Berke of the Golden Horde fought Hulagu.', [
        ['Berke', 'Person'],
        ['Golden Horde', 'Organization'],
      ]),
    ).toEqual([]);
    expect(
      relationsOf('Ann Lee criticised the Forest Service.', [
        ['Ann Lee', 'Person'],
        ['Forest Service', 'Organization'],
      ]).filter((t) => /HOLDS_POSITION|MEMBER_OF/.test(t)),
    ).toEqual([]);
  });
});

describe('membership from lists and groups', () => {
  const ENTITIES: Parameters<typeof relationsOf>[1] = [
    ['Ann Lee', 'Person'],
    ['Tom Reed', 'Person'],
    ['Green Party', 'Organization'],
  ];

  it('reads no membership for the next item of a list opened by an indefinite post', () => {
    expect(
      relationsOf('Anyone can fall ill — be it a member of the Green Party, Ann Lee, or a farmer.', ENTITIES),
    ).toEqual([]);
    // the definite post still names its holder
    expect(relationsOf('The leader of the Green Party, Ann Lee, spoke first.', ENTITIES)).toEqual([
      'Ann Lee MEMBER_OF Green Party',
    ]);
  });

  it('reads no membership from a group of members after one name', () => {
    expect(relationsOf('Ann Lee, members of the Green Party, thank you all.', ENTITIES)).toEqual([]);
    expect(
      relationsOf('The team, including Ann Lee, have also spoken to many members of the Green Party.', ENTITIES),
    ).toEqual([]);
    // one of the members is one member
    expect(relationsOf('Tom Reed, one of the members of the Green Party, spoke.', ENTITIES)).toEqual([
      'Tom Reed MEMBER_OF Green Party',
    ]);
  });
});

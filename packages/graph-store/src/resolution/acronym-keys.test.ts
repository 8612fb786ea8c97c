import { acronymKey, expandsKey, initialsFit } from './acronym-keys';
import { decideAcronym } from './decide-acronym';

describe('acronym keys', () => {
  it("fits acronyms whose letters run through the name's initials, the country scope included", () => {
    expect(initialsFit('FEMA', 'Federal Emergency Management Agency', 'org:federal-emergency-management-agency')).toBe(
      true,
    );
    expect(initialsFit('DOD', 'Department of Defense', 'org:us:department-of-defense')).toBe(true);
    expect(initialsFit('USDA', 'Department of Agriculture', 'org:us:department-of-agriculture')).toBe(true);
    expect(initialsFit('CDC', 'Centers for Disease Control and Prevention', 'org:cdc')).toBe(true);
    expect(initialsFit('CBP', 'Department of Homeland Security', 'org:us:department-of-homeland-security')).toBe(false);
    expect(initialsFit('EPA', 'Agency for Environmental Protection', 'org:x')).toBe(false);
  });

  it("fits an acronym that leaves out a ministry's head, and no other", () => {
    const hhs = 'org:us:department-of-health-and-human-services';
    expect(initialsFit('HHS', 'Department of Health and Human Services', hhs)).toBe(true);
    expect(initialsFit('VA', 'Department of Veterans Affairs', 'org:us:department-of-veterans-affairs')).toBe(true);
    expect(initialsFit('MOD', 'Ministry of the Defence', 'org:gb:ministry-of-defence')).toBe(true);
    expect(initialsFit('HS', 'Department of Health and Human Services', hhs)).toBe(true);
    expect(initialsFit('SHH', 'Department of Health and Human Services', hhs)).toBe(false);
    expect(initialsFit('HHS', 'Agency for Health and Human Services', 'org:x')).toBe(false);
    expect(initialsFit('CBP', 'Department of Homeland Security', 'org:us:department-of-homeland-security')).toBe(false);
  });

  it('keys an organisation written as initials alone, and a full name by the acronym it is tied to', () => {
    expect(acronymKey('Organization', 'FEMA')).toBe('FEMA');
    expect(acronymKey('Organization', 'U.N.')).toBeNull();
    expect(acronymKey('Policy', 'IRA')).toBeNull();
    const name = 'Department of Homeland Security';
    expect(
      expandsKey('Organization', 'org:us:department-of-homeland-security', name, ['CBP', 'DHS', 'Homeland Security']),
    ).toBe('DHS');
    expect(expandsKey('Organization', 'org:us:department-of-homeland-security', name, ['CBP'])).toBeNull();
  });
});

describe('deciding an acronym', () => {
  it('takes the one body articles expand it to, or one expanded three times as often as any other', () => {
    expect(decideAcronym([])).toBeUndefined();
    expect(decideAcronym([{ id: 'org:a', support: 1 }])).toBe('org:a');
    expect(
      decideAcronym([
        { id: 'org:a', support: 2 },
        { id: 'org:b', support: 6 },
      ]),
    ).toBe('org:b');
    expect(
      decideAcronym([
        { id: 'org:a', support: 3 },
        { id: 'org:b', support: 6 },
      ]),
    ).toBeUndefined();
  });
});

import { extract } from '../../extract';
import { fakeTagger, nameMentions } from './fake-tagger';

// Kinds of wrong entity seen among the most-mentioned of the White House corpus at 0.3.2–0.3.7, each written anew here.
const entities = (text: string): string[] => extract({ id: 'top', text }).entities.map((e) => `${e.name}/${e.type}`);

describe('entities an analyst would cite, from official prose', () => {
  it("takes no entity from an order's section headings and legal boilerplate", () => {
    const found = entities(
      'Sec. 5. General Provisions. (a) Nothing in this order shall be construed to impair the authority granted by ' +
        'law to an executive department. (b) Within 90 days of the date of this order, the Secretary of Labor shall ' +
        'report on the funds provided under Public Law 117-58.',
    );
    expect(found.filter((e) => /Provisions|^Within|Public Law/.test(e))).toEqual([]);
  });

  it('reads "our Nation" and the tail of a post as no entity', () => {
    const found = entities(
      'Today our Nation honors the nurses of Ohio. Maria Ortiz, Deputy Assistant to the President for National ' +
        'Security Affairs, spoke at the ceremony in Columbus.',
    );
    expect(found.filter((e) => /^Nation\/|National Security Affairs/.test(e))).toEqual([]);
    expect(found).toEqual(expect.arrayContaining(['Maria Ortiz/Person', 'Columbus/Location']));
  });

  it('takes no place from a virus variant, and reads a vaccine maker and Capitol Hill as what they are', () => {
    const found = entities(
      'The Delta variant spread fast last summer, and Moderna said its booster protects against Delta. ' +
        'On Capitol Hill, senators asked for more tests. Capitol Hill staff were tested on Monday.',
    );
    expect(found.filter((e) => e.startsWith('Delta/'))).toEqual([]);
    expect(found).toEqual(expect.arrayContaining(['Moderna/Organization', 'Capitol Hill/Location']));
    expect(found).not.toContain('Capitol Hill/Person');
  });

  it('reads "the NATO Alliance" as NATO and drops the department from a secretary\'s name', () => {
    const found = entities(
      'Leaders said the NATO Alliance is stronger than ever. Secretary of State Antony Blinken met Secretary of ' +
        'Energy Jennifer Granholm in Brussels.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['NATO/Organization', 'Antony Blinken/Person', 'Jennifer Granholm/Person']),
    );
    expect(found.filter((e) => /NATO Alliance|State Antony|Energy Jennifer/.test(e))).toEqual([]);
  });

  it('reads a secretary wrapped after "Secretary of" as a person, however the tagger typed the span', () => {
    const text =
      'The talks were opened by the Secretary of\nState Miriam Holloway and the Secretary of Defense Lloyd Okafor.';
    const tagger = fakeTagger(text, [
      ['State Miriam Holloway', 'LOC', 0.8],
      ['Defense Lloyd Okafor', 'ORG', 0.8],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['Lloyd Okafor/Person', 'Miriam Holloway/Person']);
  });

  it('gives "the State Department" and "the Department of State" one id in American news', () => {
    const r = extract({
      id: 'dept',
      text:
        'The Department of State warned Americans against travel to the border region on Friday. A State Department ' +
        'spokesperson said the U.S. consulate would stay open, and the U.S. Justice Department opened an inquiry.',
    });
    const orgs = r.entities.filter((e) => e.type === 'Organization').map((e) => e.id);
    expect(orgs).toEqual(['org:us:department-of-state', 'org:us:department-of-justice']);
  });

  it('gives a US federal body one id in a text the US government published, whether or not it names the country', () => {
    const orgsOf = (text: string, url?: string): string[] =>
      extract({ id: 'fed', text, ...(url ? { url } : {}) })
        .entities.filter((e) => e.type === 'Organization')
        .map((e) => e.id);
    const url = 'https://www.example.gov/briefing/2024/05/readout';
    // a readout mostly about Ukraine, which once scoped "Congress" and the Justice Department to Ukraine
    const readout =
      'Ukraine asked for more air defence, and Ukraine will receive it. Congress approved the aid, and the ' +
      'Department of Justice will pursue those who evade the sanctions. Kyiv welcomed the Treasury Department decision.';
    expect(orgsOf(readout, url)).toEqual([
      'org:us:congress',
      'org:us:department-of-justice',
      'org:us:department-of-the-treasury',
    ]);
    // a heading in capitals, a text naming no country, and the Treasury written three ways
    const release =
      'These appointees serve their communities.\n\n**<u>UNITED STATES DEPARTMENT OF AGRICULTURE (USDA)</u>**\n\n' +
      'The USDA will work with the Department of Homeland Security and the Department of Treasury. The Treasury ' +
      'will publish the rules.';
    expect(orgsOf(release, url)).toEqual([
      'org:us:department-of-agriculture',
      'org:us:department-of-homeland-security',
      'org:us:department-of-the-treasury',
    ]);
    expect(orgsOf(release)).toContain('org:department-of-homeland-security');
    // another country's court stays that country's, and a text from elsewhere keeps its own scoping
    expect(orgsOf("Israel's Supreme Court ruled on Monday, and Israel's cabinet met.", url)).toEqual([
      'org:il:supreme-court',
    ]);
    expect(orgsOf(readout)).toContain('org:ua:congress');
  });
});

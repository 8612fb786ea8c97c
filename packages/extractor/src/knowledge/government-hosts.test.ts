import { governmentCountry } from './government-hosts';

describe('the government publishing at an address', () => {
  it('reads US federal, other governments and everyone else apart', () => {
    expect(governmentCountry('https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/')).toBe('US');
    expect(governmentCountry('https://www.army.mil/article/1')).toBe('US');
    expect(governmentCountry('https://www.gov.uk/government/news/x')).toBe('GB');
    expect(governmentCountry('https://www.treasury.gov.au/media-release/x')).toBe('AU');
    expect(governmentCountry('https://www.ons.gov.uk/releases')).toBe('GB');
    expect(governmentCountry('https://www.canada.gc.ca/')).toBe('CA');
    expect(governmentCountry('https://www.reuters.com/world/us/')).toBeUndefined();
    expect(governmentCountry('not an address')).toBeUndefined();
    expect(governmentCountry(undefined)).toBeUndefined();
  });
});

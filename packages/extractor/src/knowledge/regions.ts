/** Places larger than or across countries: never placed inside the one country a document names. */
const SUPRANATIONAL = new Set([
  'africa', 'europe', 'asia', 'oceania', 'antarctica', 'antarctic', 'arctic', 'america', 'americas', 'north america',
  'south america', 'central america', 'latin america', 'middle east', 'near east', 'far east', 'caribbean',
  'scandinavia', 'balkans', 'the balkans', 'eurasia', 'southeast asia', 'south asia', 'east asia', 'central asia',
  'western europe', 'eastern europe', 'northern europe', 'southern europe', 'central europe', 'west africa',
  'east africa', 'north africa', 'southern africa', 'sub-saharan africa', 'pacific', 'atlantic', 'mediterranean',
  'the west', 'west indies', 'iberia', 'iberian peninsula', 'persian gulf', 'gulf of mexico', 'horn of africa',
  'sahara', 'himalayas', 'alps', 'andes', 'amazon', 'danube', 'nile', 'rhine', 'maghreb', 'levant', 'indochina',
  'polynesia', 'melanesia', 'micronesia', 'benelux', 'baltic', 'british isles', 'commonwealth',
]);
const WATER_OR_RANGE = /\b(?:Sea|Ocean|Gulf|Strait|Straits|Channel|Mountains|Peninsula|Basin|Continent)$/;

/** True for a continent, ocean, sea or cross-border region ("Middle East", "Adriatic Sea"). */
export function isSupranational(name: string): boolean {
  return SUPRANATIONAL.has(name.toLowerCase()) || WATER_OR_RANGE.test(name);
}

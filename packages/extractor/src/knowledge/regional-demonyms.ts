/**
 * Adjectives of places that are not today's sovereign states, each with the place it stands for: continents and
 * world regions, regions within states, and former states and realms (kept as places, so that an article about the
 * Soviet Union and Russia still names only one country of today). Country demonyms come from countries.ts instead;
 * words that are as often the place's own name ("Caribbean", "Pacific", "Baltic") are left to the name sources.
 */
const PLACE_OF: Record<string, string> = {
  European: 'Europe', Europeans: 'Europe', African: 'Africa', Africans: 'Africa', Asian: 'Asia', Asians: 'Asia',
  'Latin American': 'Latin America', 'Latin Americans': 'Latin America', 'North American': 'North America',
  'South American': 'South America', 'Central American': 'Central America', 'Middle Eastern': 'Middle East',
  'Southeast Asian': 'Southeast Asia', 'South-East Asian': 'Southeast Asia', 'East Asian': 'East Asia',
  'South Asian': 'South Asia', 'Central Asian': 'Central Asia', 'West African': 'West Africa',
  'East African': 'East Africa', 'North African': 'North Africa', 'Sub-Saharan': 'Sub-Saharan Africa',
  'Eastern European': 'Eastern Europe', 'East European': 'Eastern Europe', 'Western European': 'Western Europe',
  'West European': 'Western Europe', 'Central European': 'Central Europe', Scandinavian: 'Scandinavia',
  Nordic: 'Nordic countries', Balkan: 'Balkans', Scottish: 'Scotland', Scots: 'Scotland',
  Welsh: 'Wales', Catalan: 'Catalonia', Basque: 'Basque Country',
  Flemish: 'Flanders', Walloon: 'Wallonia', Bavarian: 'Bavaria', Prussian: 'Prussia', Sicilian: 'Sicily',
  Sardinian: 'Sardinia', Corsican: 'Corsica', Tuscan: 'Tuscany', Venetian: 'Venice', Neapolitan: 'Naples',
  Siberian: 'Siberia', Tibetan: 'Tibet', Kashmiri: 'Kashmir', Chechen: 'Chechnya', Crimean: 'Crimea',
  Kurdish: 'Kurdistan', Punjabi: 'Punjab', Bengali: 'Bengal', Californian: 'California',
  Texan: 'Texas', Hawaiian: 'Hawaii', Alaskan: 'Alaska', Floridian: 'Florida', Minnesotan: 'Minnesota',
  Quebecois: 'Quebec', Québécois: 'Quebec', Ontarian: 'Ontario', Parisian: 'Paris', Londoner: 'London',
  Soviet: 'Soviet Union', Soviets: 'Soviet Union', Yugoslav: 'Yugoslavia', Czechoslovak: 'Czechoslovakia', Ottoman: 'Ottoman Empire', Byzantine: 'Byzantine Empire', 'Austro-Hungarian': 'Austria-Hungary',
};

/** The longest number of words a regional adjective spans ("Latin American"). */
export const MAX_REGIONAL_WORDS = 2;

/** The place a regional adjective stands for ("European" → "Europe"), or undefined; case-sensitive like countries. */
export function regionOfDemonym(form: string): string | undefined {
  return Object.hasOwn(PLACE_OF, form) ? PLACE_OF[form] : undefined;
}

const PERSON_NOUNS = new Set([
  'actor', 'actress', 'singer', 'judge', 'poet', 'chef', 'monk', 'nun', 'priest', 'bishop', 'king', 'queen', 'general',
  'officer', 'soldier', 'model', 'spy', 'saint', 'noble', 'nobleman', 'noblewoman', 'aristocrat', 'diplomat', 'cleric',
  'lawyer', 'servant', 'athlete', 'scholar', 'pilot', 'architect', 'artist', 'explorer', 'heiress', 'prince', 'princess',
  'linguist', 'statesman', 'stateswoman', 'historian', 'academic', 'cartoonist', 'sculptor', 'chemist', 'physicist',
  'biologist', 'journalist', 'activist', 'novelist', 'guitarist', 'pianist', 'violinist', 'cyclist', 'footballer',
  'cricketer', 'rapper', 'comedian', 'entrepreneur', 'businessman', 'businesswoman', 'politician', 'economist', 'surgeon',
  'physician', 'nurse', 'philanthropist', 'photographer', 'illustrator', 'sailor', 'admiral', 'engineer', 'inventor',
]);
const PERSON_SUFFIX = /(?:er|or|ist|ian|ant|ent|man|woman|ess|eur)$/;
const EXCLUDED = new Set(['series', 'river', 'center', 'centre', 'water', 'border', 'corridor', 'government', 'parliament', 'department', 'restaurant', 'tournament', 'movement', 'settlement', 'monument', 'order', 'chamber', 'quarter', 'tower', 'theater', 'theatre', 'carrier', 'dinner', 'computer', 'container', 'letter', 'paper', 'newspaper', 'register', 'cluster', 'sector', 'reactor', 'motor', 'color', 'colour', 'matter', 'manner', 'member']);

/** True for a lower-case noun naming a kind of person ("footballer", "civil servant"), the cue for nationality. */
export function isPersonNoun(word: string): boolean {
  const w = word.toLowerCase();
  return PERSON_NOUNS.has(w) || (!EXCLUDED.has(w) && w.length > 4 && PERSON_SUFFIX.test(w));
}

const ORG_NOUNS = new Set([
  'company', 'corporation', 'club', 'bank', 'university', 'newspaper', 'airline', 'party', 'organization', 'organisation',
  'firm', 'manufacturer', 'retailer', 'broadcaster', 'station', 'network', 'publisher', 'label', 'agency', 'school',
  'college', 'team', 'association', 'federation', 'union', 'conglomerate', 'carrier', 'institute', 'charity', 'foundation',
  'group', 'chain', 'brewery', 'insurer', 'bank', 'automaker', 'multinational', 'subsidiary', 'developer', 'studio',
]);

/** True for a lower-case noun naming a kind of organisation ("football club", "airline"). */
export function isOrgNoun(word: string): boolean {
  return ORG_NOUNS.has(word.toLowerCase());
}

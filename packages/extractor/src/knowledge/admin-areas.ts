import { lexiconTags } from './lexicon';
import { US_STATES } from './us-states';

/** Name endings of administrative areas that contain towns: "Albany County", "Hebei Province". */
const ADMIN_SUFFIX =
  /\s(?:County|Province|State|Prefecture|Region|District|Oblast|Krai|Voivodeship|Department|Governorate|Parish|Shire|Canton|Municipality|Territory|Borough|Division|Raion|Powiat|Gmina|Okrug|Republic)$/;
const ADMIN_PREFIX =
  /^(?:County|Province|State|Prefecture|Canton|Department|Municipality|Metropolitan City|Region|District|Borough|City) of\s/;

/** True when a place name is a first-level region known to the lexicon: a US state, a Canadian province. */
export function isFirstLevelRegion(name: string): boolean {
  return lexiconTags(name.toLowerCase()).includes('Region');
}

/** US states the lexicon tags otherwise ("Virginia" is a given name there), so only the relation stage reads them as states. */
const STATES: ReadonlySet<string> = new Set(US_STATES);

/** A first-level region by the lexicon or a US state by name: relations ask where a place sits, not what a word may be. */
export function isStateOrProvince(name: string): boolean {
  return isFirstLevelRegion(name) || STATES.has(name);
}

/** True when a place name is a first-level region (a US state, a province) or an administrative area by its name. */
export function isAdminArea(name: string): boolean {
  return ADMIN_SUFFIX.test(name) || ADMIN_PREFIX.test(name) || isStateOrProvince(name);
}

import { lookupCountry } from '../../knowledge/countries';
import { isCommonWord, isKnownPlace } from '../../knowledge/lexicon';

// adjectives open many organisation names ("Islamic Jihad", "Jewish Agency") without naming them alone
const ADJECTIVE_ENDING = /(?:ish|ic|ian|ese|ean)$/;

/** True when an organisation's first word can stand for it alone: no place, country, adjective or everyday word. */
export function distinctiveFirstWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (word.length < 3 || !/^\p{Lu}\p{Ll}/u.test(word) || GENERIC_FIRST.has(word) || ADJECTIVE_ENDING.test(lower))
    return false;
  return !lookupCountry(word) && !isKnownPlace(lower) && !isCommonWord(lower);
}

// first words many organisations share, which name none of them alone
const GENERIC_FIRST = new Set([
  'National',
  'United',
  'First',
  'General',
  'International',
  'Central',
  'Royal',
  'American',
  'British',
  'European',
  'World',
  'New',
  'Bank',
  'State',
  'Federal',
  'People',
  'Union',
  'Democratic',
  'Social',
  'Liberal',
  'Labour',
  'Progressive',
]);

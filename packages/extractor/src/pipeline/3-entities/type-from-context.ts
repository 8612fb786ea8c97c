import { lookupCountry } from '../../knowledge/countries';
import { appositeCountryPost } from '../../knowledge/country-posts';
import { PLACE_CUES } from '../../knowledge/cues';
import { isKnownPlace } from '../../knowledge/lexicon';
import { NAME_TITLE_RE_SOURCE, POSITION_RE_SOURCE } from '../../knowledge/titles';
import type { EntityType } from '@newsgraph/schema';

const SPEECH_AFTER =
  /^,? (?:said|says|told|noted|added|stressed|explained|argued|warned|stated|asked|wrote|insisted|replied|recalled|urged|acknowledged|denied|claimed|announced)\b/;
const TITLE_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:${NAME_TITLE_RE_SOURCE}) $`);
const APPOSITION_AFTER = new RegExp(
  `^, (?:(?:an?|the|who is|who was) )?(?:[A-Za-z.-]+'s )?(?:(?:former|current|senior|deputy|vice|chief|top|acting|assistant|associate|executive|general|principal|lead|leading|retired|veteran|founding)[ -])*(?:${POSITION_RE_SOURCE})\\b(?! (?:said|says))`,
  'i',
);
const BIO_AFTER = /^ \((?:born|b\.|né|née|\d{1,2} \w+ \d{3,4}|\w+ \d{1,2}, \d{3,4}|\d{3,4}\s?-)/;
const IS_A =
  /^,?(?: \([^)]*\))?,? (?:is|was|are|were) (?:an?|the|one of the)? ?((?:[\w-]+ ){0,4}?)(city|town|village|municipality|commune|county|district|province|state|region|capital|suburb|neighbourhood|neighborhood|river|lake|mountain|island|country|settlement|borough|parish|prefecture|territory|hamlet|census-designated place|company|corporation|band|group|party|organization|organisation|university|college|school|team|club|agency|newspaper|magazine|airline|bank|firm|manufacturer|publisher|label|network|broadcaster|institute|studio|developer|association|union|league|ministry|department|actor|actress|singer|politician|writer|author|footballer|player|musician|rapper|director|producer|journalist|painter|poet|composer|businessman|businesswoman|entrepreneur|scientist|historian|lawyer|engineer|athlete|cricketer|boxer|wrestler|model|comedian|artist|philosopher|economist|officer|general|diplomat|judge|novelist|activist|songwriter|guitarist|drummer|bishop|architect|physicist|mathematician|chemist|coach|cyclist|swimmer|racing driver)\b/i;
const PLACE_WORDS = new Set([
  'city',
  'town',
  'village',
  'municipality',
  'commune',
  'county',
  'district',
  'province',
  'state',
  'region',
  'capital',
  'suburb',
  'neighbourhood',
  'neighborhood',
  'river',
  'lake',
  'mountain',
  'island',
  'country',
  'settlement',
  'borough',
  'parish',
  'prefecture',
  'territory',
  'hamlet',
  'census-designated place',
]);
const ORG_WORDS = new Set([
  'company',
  'corporation',
  'band',
  'group',
  'party',
  'organization',
  'organisation',
  'university',
  'college',
  'school',
  'team',
  'club',
  'agency',
  'newspaper',
  'magazine',
  'airline',
  'bank',
  'firm',
  'manufacturer',
  'publisher',
  'label',
  'network',
  'broadcaster',
  'institute',
  'studio',
  'developer',
  'association',
  'union',
  'league',
  'ministry',
  'department',
]);
const CHAIN_AFTER =
  /^, ((?:(?:East|West|North|South|Northeast|Northwest|Southeast|Southwest|Central|Northern|Southern|Eastern|Western) )?[A-Z][\w.-]*(?: [A-Z][\w.-]*)*)(?:'s ([A-Z][\w.-]*(?: [A-Z][\w.-]*)*))?/;
const IN_BEFORE = /\b(?:in|at|near|from|to|of|outside|across|into|visited|visit|via) (?:the )?$/;

/** True when a capitalised phrase is known to be a place: a country, a known place, or a place cue at its end. */
export function looksLikePlace(phrase: string): boolean {
  const last = phrase.split(' ').pop() ?? '';
  return lookupCountry(phrase) !== undefined || isKnownPlace(phrase.toLowerCase()) || PLACE_CUES.has(last);
}

/** The type the words around a name give it, for names no lexicon or cue word settles. */
export function typeFromContext(
  before: string,
  after: string,
  tokenCount: number,
  strongOnly = false,
): EntityType | undefined {
  if (BIO_AFTER.test(after)) return 'Person';
  const isA = IS_A.exec(after);
  if (isA) {
    const noun = (isA[2] ?? '').toLowerCase();
    if (PLACE_WORDS.has(noun)) return 'Location';
    if (ORG_WORDS.has(noun)) return 'Organization';
    return 'Person';
  }
  // "Jamieson Greer, United States Trade Representative" holds a post; it is not a place in the United States
  if (tokenCount <= 4 && appositeCountryPost(after)) return 'Person';
  const chain = CHAIN_AFTER.exec(after);
  if (chain && IN_BEFORE.test(before)) {
    const place = (chain[2] ?? chain[1] ?? '').replace(/\.$/, '');
    if (looksLikePlace(place)) return 'Location';
  }
  if (strongOnly) return undefined;
  if (TITLE_BEFORE.test(before)) return 'Person';
  if (APPOSITION_AFTER.test(after) && tokenCount <= 4) return 'Person';
  if (SPEECH_AFTER.test(after) && tokenCount <= 3) return 'Person';
  return undefined;
}

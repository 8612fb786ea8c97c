import { ORG_CUES } from '../../knowledge/cues';

// a post in the plural names the people who hold it, never one body or place: "National Security Advisors",
// "G7 Foreign Ministers", "Attorneys General", "the Secretaries of State"
const PLURAL_POST = new RegExp(
  "^(?:the\\s+)?(?:(?:[\\p{Lu}\\d][\\p{L}\\d.'’&-]*|and|&)\\s+)*?(?:(?:Acting|Deputy|Assistant|Under|Senior|Special|Principal|Chief|Vice)\\s+)*" +
    '(?:Advis[oe]rs|Coordinators|Secretaries|Ministers|Ambassadors|Directors|Administrators|Commissioners|Governors|' +
    'Lieutenant\\s+Governors|Mayors|Senators|Congressmen|Congresswomen|Officers|Officials|Counsel(?:l)?ors|Envoys|' +
    'Assistants|Chairs|Chairmen|Chairwomen|Attorneys\\s+General|Spokespeople|Spokespersons|Press\\s+Secretaries)' +
    '(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.-]*)*)?$',
  'u',
);
// words that make the plural what a body gathers ("Council of Economic Advisers", "Board of Governors",
// "U.S. Conference of Mayors", "National Association of Secretaries of State")
const GATHERING = new Set(['Board', 'Conference', 'Caucus', 'Coalition', 'Network', 'Forum', 'Meeting', 'Summit']);

/** True when the span is a post in the plural ("National Security Advisors"), not the name of a body that gathers its holders. */
export function isPluralPost(text: string): boolean {
  const flat = text.replace(/\s+/g, ' ');
  if (!PLURAL_POST.test(flat)) return false;
  return !flat.split(' ').some((w) => w in ORG_CUES || GATHERING.has(w));
}

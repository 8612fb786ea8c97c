/** Capitalised titles written before a name ("President Xi Jinping"); they mark the name as a person. */
export const NAME_TITLES = [
  'President', 'Vice President', 'Premier', 'Vice Premier', 'Prime Minister', 'Deputy Prime Minister', 'Chancellor',
  'Minister', 'Foreign Minister', 'Defense Minister', 'Defence Minister', 'Finance Minister', 'Secretary', 'Secretary of State',
  'Secretary-General', 'Secretary General', 'General Secretary', 'Ambassador', 'Senator', 'Sen.', 'Rep.', 'Representative',
  'Governor', 'Gov.', 'Mayor', 'King', 'Queen', 'Prince', 'Princess', 'Emperor', 'Pope', 'Chairman', 'Chairwoman',
  'Director', 'Deputy Director', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'General', 'Gen.', 'Admiral', 'Colonel',
  'Col.', 'Captain', 'Capt.', 'Lieutenant', 'Judge', 'Justice', 'Chief Justice', 'Speaker', 'Leader', 'Commissioner',
  'Professor', 'Prof.', 'Dr.', 'Dr', 'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Sir', 'Dame', 'Lord', 'Lady', 'Bishop',
  'Cardinal', 'Sheikh', 'Duke', 'Duchess', 'Earl', 'Baron', 'Baroness', 'Count', 'Countess', 'Marquess', 'Crown Prince', 'Supreme Leader', 'CEO', 'Chief Executive', 'Councillor', 'State Councilor',
];

/** Further titles seen before a name but too loose to mark a person on their own ("Chair Powell", "Representatives Kilmer"). */
export const LOOSE_NAME_TITLES = [
  'Chair', 'Chairperson', 'Envoy', 'Special Envoy', 'Representatives', 'Reps.', 'Senators', 'Sens.', 'Governors', 'Mayors',
  'Congressman', 'Congresswoman', 'Congressmember', 'Administrator', 'Doctor', 'Drs.', 'Secretaries', 'Ambassadors',
  'Leader', 'Majority Leader', 'Minority Leader', 'Speaker', 'Attorney General', 'Surgeon General', 'First Lady', 'Second Gentleman',
];

/** Titles that make a person a head of state or government, which we link to a country. */
export const HEAD_TITLES = new Set(['President', 'Premier', 'Prime Minister', 'Chancellor']);

/** Lower-case position words that head an apposition ("Long Zhou, an official from …"). */
export const POSITION_WORDS = [
  'official', 'officer', 'spokesperson', 'spokesman', 'spokeswoman', 'director', 'deputy director', 'director-general',
  'director general', 'head', 'chief', 'chairman', 'chairwoman', 'chair', 'president', 'vice president', 'vice-president',
  'minister', 'secretary', 'secretary-general', 'ambassador', 'envoy', 'adviser', 'advisor', 'researcher', 'professor',
  'analyst', 'expert', 'scholar', 'fellow', 'dean', 'manager', 'executive', 'chief executive', 'ceo', 'founder',
  'co-founder', 'leader', 'deputy', 'commissioner', 'governor', 'editor', 'editor-in-chief', 'correspondent',
  'reporter', 'lawyer', 'engineer', 'economist', 'scientist', 'coach', 'captain', 'general', 'commander', 'employee',
  'staffer', 'aide', 'representative', 'senator', 'mayor', 'partner', 'owner', 'treasurer', 'lecturer', 'associate',
  'premier', 'prime minister', 'chancellor', 'vice chairman', 'deputy head', 'general manager', 'cto', 'cfo', 'coo',
];

/** Regex alternation of position words, longest first so "deputy director" wins over "director". */
export const POSITION_RE_SOURCE = [...POSITION_WORDS]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.-]/g, (c) => `\\${c}`))
  .join('|');

/** Regex alternation of name titles, longest first. */
export const NAME_TITLE_RE_SOURCE = [...NAME_TITLES]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.-]/g, (c) => `\\${c}`))
  .join('|');

// Titles and honorifics that tell people of one surname apart ("President Biden", "Dr. Biden", "Mr. Sullivan").
const TITLES = [
  'vice president', 'president', 'first lady', 'second gentleman', 'prime minister', 'chancellor', 'premier', 'secretary',
  'senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'speaker', 'leader',
  'king', 'queen', 'prince', 'princess', 'pope', 'general', 'gen', 'admiral', 'ambassador', 'minister', 'judge', 'justice',
  'dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'madam', 'sir', 'dame', 'lord', 'lady',
];
const SHORT: Record<string, string> = { sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', doctor: 'dr' };
const ALTERNATION = TITLES.map((t) => t.replace(/ /g, '\\s+')).join('|');
const BEFORE = new RegExp(`(?:^|[^\\p{L}])(${ALTERNATION})\\.?\\s+$`, 'iu');
const LEADING = new RegExp(`^(${ALTERNATION})\\.?\\s+(?=\\p{L})`, 'iu');

/** The title written right before a mention ("President Xi") or at its start ("Mr. Sullivan"), lower-cased, or undefined. */
export function titleOf(text: string, start: number, end: number): string | undefined {
  const match = LEADING.exec(text.slice(start, end)) ?? BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  const title = match?.[1]?.toLowerCase().replace(/\s+/g, ' ');
  return title ? (SHORT[title] ?? title) : undefined;
}

const GENDER: Record<string, 'm' | 'f'> = { mr: 'm', sir: 'm', lord: 'm', king: 'm', prince: 'm', congressman: 'm', 'second gentleman': 'm', mrs: 'f', ms: 'f', miss: 'f', madam: 'f', dame: 'f', lady: 'f', queen: 'f', princess: 'f', 'first lady': 'f', congresswoman: 'f' };

/** The gender a set of titles implies, when they agree on one. */
export function genderOf(titles: readonly string[]): 'm' | 'f' | undefined {
  const found = new Set(titles.map((t) => GENDER[t]).filter((g) => g !== undefined));
  return found.size === 1 ? [...found][0] : undefined;
}

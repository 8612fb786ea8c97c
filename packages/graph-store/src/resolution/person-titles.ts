import { HONORIFICS } from '@newsgraph/schema';

// Titles and honorifics that tell people of one surname apart ("President Biden", "Dr. Biden", "Mr. Sullivan").
const TITLES = [
  'vice president',
  'president',
  'first lady',
  'second gentleman',
  'prime minister',
  'chancellor',
  'premier',
  'secretary',
  'senator',
  'sen',
  'representative',
  'rep',
  'congressman',
  'congresswoman',
  'governor',
  'gov',
  'mayor',
  'speaker',
  'leader',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'general',
  'gen',
  'admiral',
  'ambassador',
  'minister',
  'judge',
  'justice',
  'doctor',
  'madam',
  ...HONORIFICS.map((h) => h.toLowerCase()),
];
const SHORT: Record<string, string> = {
  sen: 'senator',
  rep: 'representative',
  gov: 'governor',
  gen: 'general',
  doctor: 'dr',
};
const ALTERNATION = TITLES.map((t) => t.replace(/ /g, '\\s+')).join('|');
const BEFORE = new RegExp(`(?:^|[^\\p{L}])(${ALTERNATION})\\.?\\s+$`, 'iu');
const LEADING = new RegExp(`^(${ALTERNATION})\\.?\\s+(?=\\p{L})`, 'iu');

const normalise = (title: string): string => {
  const t = title.toLowerCase().replace(/\s+/g, ' ');
  return SHORT[t] ?? t;
};

/** The titles written at a mention's start ("Mr. Sullivan") and right before it ("First Lady Dr. Jill Biden"), lower-cased. */
export function titlesOf(text: string, start: number, end: number): string[] {
  const found: string[] = [];
  const leading = LEADING.exec(text.slice(start, end));
  if (leading?.[1]) found.push(normalise(leading[1]));
  let before = text.slice(Math.max(0, start - 60), start);
  for (let match = BEFORE.exec(before); match?.[1]; match = BEFORE.exec(before)) {
    found.push(normalise(match[1]));
    before = before.slice(0, match.index + match[0].indexOf(match[1]));
  }
  return found;
}

/** True when a mention writes more than one word of the name once a leading title is set aside ("Jill Biden", not "Dr. Biden"). */
export function isFullMention(text: string): boolean {
  return /\s/.test(text.replace(LEADING, '').trim());
}

const GENDER: Record<string, 'm' | 'f'> = {
  mr: 'm',
  sir: 'm',
  lord: 'm',
  king: 'm',
  prince: 'm',
  congressman: 'm',
  'second gentleman': 'm',
  mrs: 'f',
  ms: 'f',
  miss: 'f',
  madam: 'f',
  dame: 'f',
  lady: 'f',
  queen: 'f',
  princess: 'f',
  'first lady': 'f',
  congresswoman: 'f',
};

/** The gender a set of titles implies, when they agree on one. */
export function genderOf(titles: readonly string[]): 'm' | 'f' | undefined {
  const found = new Set(titles.map((t) => GENDER[t]).filter((g) => g !== undefined));
  return found.size === 1 ? [...found][0] : undefined;
}

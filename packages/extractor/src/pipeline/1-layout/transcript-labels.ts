import { honorificForms } from '@newsgraph/schema';

/** A speaker label found at the start of a line, before its speaker is resolved. */
export interface LabelLine {
  /** Span of the label including its colon ("MS. PSAKI:") or of the bare "Q". */
  start: number;
  end: number;
  /** The label's words ("MS. PSAKI", "Q"). */
  text: string;
  /** What the label says about who speaks. */
  kind: 'question' | 'named' | 'role' | 'unnamed';
  /** For named labels, the span of the name words after titles ("PSAKI", "JEAN-PIERRE", "MAI JENKINS"). */
  name?: { start: number; end: number };
  /** For role labels, the role in Title case ("President", "Vice President", "First Lady"). */
  role?: string;
  /** True when the label alone shows the text is a transcript: a title or honorific before a name ("MS. PSAKI"), or "THE <ROLE>". */
  strong: boolean;
}

// "MS. PSAKI:", "SECRETARY BLINKEN:", "THE PRESIDENT:" – up to six upper-case words then a colon, at a line start
const LABEL_RE = /^([ \t]*)((?:[A-Z][A-Z.'\u2019-]*)(?:[ \t]+[A-Z][A-Z.'\u2019-]*){0,5}):(?=[ \t]|$)/gm;
// "Q    And as it relates…", "Q:" – the questioner's mark, followed by the question on the same line
const QUESTION_RE = /^([ \t]*)Q(?:[:.](?=[ \t])|(?=[ \t]+\S))/gm;

// words that make an upper-case line a heading or memo field, not a speaker ("SUBJECT:", "TO THE CONGRESS …:")
const NOT_SPEAKER = new Set([
  'SUBJECT',
  'TO',
  'FOR',
  'SENT',
  'FROM',
  'RE',
  'MEMORANDUM',
  'NOTE',
  'NOTICE',
  'UPDATE',
  'WHEN',
  'WHERE',
  'WHAT',
  'WHO',
  'WHY',
  'HOW',
  'ATTENTION',
  'CONTACT',
  'EMBARGOED',
  'DATE',
  'TIME',
  'LOCATION',
  'CC',
  'ATTN',
  'BACKGROUND',
  'SECTION',
  'SEC.',
  'SUMMARY',
  'EXAMPLE',
  'EXAMPLES',
  'IN',
  'AND',
  'A',
  'AN',
  'ON',
  'AT',
  'BY',
  'WITH',
  'NOMINATIONS',
  'WITHDRAWAL',
  'WHEREAS',
  'PURPOSE',
  'POLICY',
  'ORDER',
  'PROCLAMATION',
  'AGENDA',
  'ANNOUNCEMENT',
  'FACT',
  'SHEET',
  'PART',
  'TITLE',
]);
// words naming a kind of speaker rather than a person ("SENIOR ADMINISTRATION OFFICIAL:", "AUDIENCE MEMBER:")
const UNNAMED = new Set([
  'OFFICIAL',
  'OFFICIALS',
  'MODERATOR',
  'PARTICIPANT',
  'PARTICIPANTS',
  'AIDE',
  'OPERATOR',
  'AUDIENCE',
  'MEMBER',
  'MEMBERS',
  'CHILD',
  'CHILDREN',
  'STUDENT',
  'STUDENTS',
  'CROWD',
  'REPORTER',
  'REPORTERS',
  'VOICE',
  'VOICES',
  'INTERPRETER',
  'TRANSLATOR',
  'NARRATOR',
  'ANNOUNCER',
  'STAFF',
  'STAFFER',
  'ALL',
  'BOTH',
  'PROTESTER',
  'PROTESTERS',
  'HECKLER',
  'ATTENDEE',
  'ATTENDEES',
  'MAN',
  'WOMAN',
  'BOY',
  'GIRL',
  'UNIDENTIFIED',
  'PANELIST',
  'PANELISTS',
  'PRESS',
  'SPEAKER',
  'GROUP',
  'HOST',
  'GUEST',
  'CALLER',
  'VIDEO',
  'AUDIO',
  'RECORDING',
]);
// titles and honorifics written before a speaker's surname in labels ("ACTING ADMINISTRATOR SLAVITT")
const TITLE_WORDS = new Set([
  ...honorificForms().map((h) => h.toUpperCase()),
  'PRESIDENT',
  'VICE',
  'PRIME',
  'MINISTER',
  'DEPUTY',
  'SECRETARY',
  'SECRETARY-GENERAL',
  'GENERAL',
  'ADMINISTRATOR',
  'ACTING',
  'ADMIRAL',
  'CHAIR',
  'CHAIRMAN',
  'CHAIRWOMAN',
  'DIRECTOR',
  'AMBASSADOR',
  'GOVERNOR',
  'LIEUTENANT',
  'SENATOR',
  'REPRESENTATIVE',
  'CONGRESSMAN',
  'CONGRESSWOMAN',
  'MAYOR',
  'SURGEON',
  'COLONEL',
  'CAPTAIN',
  'SERGEANT',
  'MAJOR',
  'COMMISSIONER',
  'LEADER',
  'MAJORITY',
  'MINORITY',
  'ATTORNEY',
  'JUSTICE',
  'JUDGE',
  'CHANCELLOR',
  'KING',
  'QUEEN',
  'PRINCE',
  'PRINCESS',
  'EMIR',
  'SHEIKH',
  'FIRST',
  'SECOND',
  'GENTLEMAN',
  'REVEREND',
  'REV.',
  'FATHER',
  'SISTER',
  'BISHOP',
  'RABBI',
  'PASTOR',
  'COACH',
  'CHIEF',
  'PROFESSOR',
  'PROF.',
  'COUNCILMEMBER',
  'COUNCILMAN',
  'COUNCILWOMAN',
  'PREMIER',
  'CHANCELLOR',
  'SPEAKER',
  'STATE',
  'SENIOR',
  'SPECIAL',
  'ENVOY',
  'ADVISOR',
  'ADVISER',
  'OF',
  'STAFF',
  'NATIONAL',
  'SECURITY',
  'SGT.',
  'LT.',
  'GEN.',
  'ADM.',
  'COL.',
  'CAPT.',
  'SEN.',
  'REP.',
  'GOV.',
  'U.S.',
  'FORMER',
  'CROWN',
  'ASSISTANT',
  'UNDER',
  'AGRICULTURE',
  'COMMERCE',
  'DEFENSE',
  'ENERGY',
  'EDUCATION',
  'LABOR',
  'TREASURY',
  'HEALTH',
  'TRANSPORTATION',
  'INTERIOR',
  'HOMELAND',
  'COMMANDER',
  'OFFICER',
  'SHERIFF',
  'DELEGATE',
  'PRESIDENT-ELECT',
]);

const titleCase = (w: string): string =>
  w.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());

function labelOf(indent: number, index: number, words: string): LabelLine | undefined {
  const parts = [...words.matchAll(/\S+/g)].map((m) => ({ word: m[0], at: m.index }));
  if (parts.some((p) => NOT_SPEAKER.has(p.word)) || !/[A-Z]{2}/.test(words)) return undefined;
  const start = index + indent;
  const end = start + words.length + 1;
  if (parts.some((p) => UNNAMED.has(p.word))) return { start, end, text: words, kind: 'unnamed', strong: false };
  if (parts[0]?.word === 'THE') {
    const rest = parts.slice(1).map((p) => p.word);
    if (rest.length === 0 || !rest.every((w) => TITLE_WORDS.has(w))) return undefined;
    return { start, end, text: words, kind: 'role', role: titleCase(rest.join(' ')), strong: true };
  }
  let i = 0;
  while (i < parts.length - 1 && TITLE_WORDS.has(parts[i]?.word ?? '')) i++;
  const first = parts[i];
  // a name is letters, hyphens and apostrophes; "U.S." or a lone initial left after the titles is no surname
  if (!first || parts.slice(i).some((p) => !/^[A-Z][A-Z'\u2019-]+\.?$/.test(p.word))) return undefined;
  return {
    start,
    end,
    text: words,
    kind: 'named',
    strong: i > 0,
    name: { start: start + first.at, end: start + words.length },
  };
}

/** Finds the speaker labels and question marks that open lines, in text order; the caller decides whether they make a transcript. */
export function findLabelLines(text: string): LabelLine[] {
  const out: LabelLine[] = [];
  LABEL_RE.lastIndex = 0;
  for (let m = LABEL_RE.exec(text); m; m = LABEL_RE.exec(text)) {
    const label = labelOf((m[1] ?? '').length, m.index, m[2] ?? '');
    if (label) out.push(label);
  }
  QUESTION_RE.lastIndex = 0;
  for (let m = QUESTION_RE.exec(text); m; m = QUESTION_RE.exec(text)) {
    const start = m.index + (m[1] ?? '').length;
    out.push({ start, end: m.index + m[0].length, text: 'Q', kind: 'question', strong: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The label's name words in Title case ("JEAN-PIERRE" → "Jean-Pierre"), the fallback when the text names no one fuller. */
export function titleCaseName(words: string): string {
  return titleCase(words);
}

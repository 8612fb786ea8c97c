import { EVENT_CUES, ORG_CUES, PLACE_CUES, POLICY_CUES } from '../../knowledge/cues';
import { lookupCountry } from '../../knowledge/countries';
import { isCommonWord, lexiconTags } from '../../knowledge/lexicon';
import { NAME_TITLES } from '../../knowledge/titles';
import { isCapitalised, type Token } from '../../text/tokens';
import type { Sentence } from '../types';

/** A run of capitalised tokens (with inner connectors) that may name an entity. */
export interface Chunk {
  tokens: Token[];
  /** The capitalised title stripped from its front ("President"), if any. */
  title?: string;
  sentenceInitial: boolean;
}

const CONNECTORS = new Set([
  'of',
  'for',
  'on',
  'and',
  'de',
  'du',
  'van',
  'von',
  'der',
  'al',
  'bin',
  'da',
  'la',
  'le',
  '&',
]);
const SPLIT_CONNECTORS = new Set(['of', 'for', 'on', 'and']);
const FUNCTION_TAGS = new Set([
  'Determiner',
  'Preposition',
  'Pronoun',
  'Conjunction',
  'Adverb',
  'QuestionWord',
  'Modal',
  'Infinitive',
  'PastTense',
  'PresentTense',
  'Gerund',
  'Copula',
  'WeekDay',
  'Month',
  'Expression',
  'Date',
]);
// a speaker's possessive before a name is not part of it ("My CHIPS and Science Act"), though "Our Lady of …" is a name
const POSSESSIVES = new Set(['my', 'our', 'your', 'his', 'her', 'their', 'its']);
const TITLE_TOKENS = NAME_TITLES.map((t) => t.split(' ')).sort((a, b) => b.length - a.length);

const isCue = (w: string): boolean => w in ORG_CUES || POLICY_CUES.has(w) || EVENT_CUES.has(w) || PLACE_CUES.has(w);
const isWord = (t: Token): boolean => /^[\p{L}]/u.test(t.text);

/** Groups a sentence's capitalised tokens into candidate name chunks, splitting "President of the United States". */
export function findChunks(sentence: Sentence): Chunk[] {
  const toks = sentence.tokens;
  const out: Chunk[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (!t || !isWord(t) || !isCapitalised(t.text)) {
      i++;
      continue;
    }
    const run: Token[] = [t];
    let j = i + 1;
    for (;;) {
      const next = toks[j];
      if (!next) break;
      if (isWord(next) && isCapitalised(next.text)) {
        run.push(next);
        j++;
        continue;
      }
      // a middle initial's stop inside the sentence ("JOSEPH R. BIDEN JR."): the name runs on past it
      const last = run[run.length - 1];
      const then = toks[j + 1];
      if (next.text === '.' && last && /^\p{Lu}$/u.test(last.text) && next.start === last.end && run.length > 1) {
        if (then && isWord(then) && isCapitalised(then.text)) {
          run.push(next);
          j++;
          continue;
        }
      }
      if (CONNECTORS.has(next.text)) {
        let k = j + 1;
        if (toks[k]?.text === 'the' && next.text !== 'and') k++;
        const after = toks[k];
        const allowed = joinAllowed(run, next.text) || (next.text === 'and' && closesLawName(run, toks, k));
        if (after && isWord(after) && isCapitalised(after.text) && !isDate(after.text) && allowed) {
          for (let x = j; x <= k; x++) {
            const tk = toks[x];
            if (tk) run.push(tk);
          }
          j = k + 1;
          continue;
        }
      }
      break;
    }
    const chunk = trim(run, i === 0);
    if (chunk) out.push(chunk);
    i = j;
  }
  return out;
}

function isDate(word: string): boolean {
  return lexiconTags(word.toLowerCase()).some((g) => g === 'WeekDay' || g === 'Month');
}

const bare = (w: string): string => w.replace(/\.$/, '');

/** How many leading tokens form a title ("Prime Minister", "Dr."), 0 when none. */
function titleLength(tokens: Token[]): number {
  const words = TITLE_TOKENS.find(
    (ws) => ws.length <= tokens.length && ws.every((w, k) => bare(tokens[k]?.text ?? '') === bare(w)),
  );
  return words?.length ?? 0;
}

function startsWithTitle(tokens: Token[]): boolean {
  return titleLength(tokens) > 0 && titleLength(tokens) < tokens.length;
}

function joinAllowed(run: Token[], connector: string): boolean {
  if (!SPLIT_CONNECTORS.has(connector)) return true;
  if (connector === 'and') return run.some((t) => t.text === 'of');
  if (connector === 'on') return run.some((t) => POLICY_CUES.has(t.text) || EVENT_CUES.has(t.text));
  return run.some((t) => isCue(t.text));
}

// "CHIPS and Science Act", "Immigration and Nationality Act": heads that one name reaches across "and" to
const AND_HEADS = new Set(['Act', 'Program', 'Programme', 'Initiative', 'Fund']);

/** True when a short run before "and" and the capitalised words after it end in a law's or programme's head. */
function closesLawName(run: Token[], toks: Token[], from: number): boolean {
  // "Bipartisan Infrastructure Law and Inflation Reduction Act": a run that is already a whole name lists two
  if (run.length > 3 || run.some((t) => !isWord(t)) || isCue(run[run.length - 1]?.text ?? '')) return false;
  let last: Token | undefined;
  for (let x = from; x < from + 5; x++) {
    const t = toks[x];
    if (!t || !isWord(t) || !isCapitalised(t.text)) break;
    last = t;
  }
  return last !== undefined && AND_HEADS.has(last.text);
}

function trim(run: Token[], sentenceInitial: boolean): Chunk | undefined {
  let tokens = run;
  let initial = sentenceInitial;
  // leading function words ("The", "According") never start a name
  while (tokens.length > 0) {
    const first = tokens[0];
    if (!first) break;
    const tags = lexiconTags(first.text.toLowerCase());
    const functional =
      tags.some((g) => FUNCTION_TAGS.has(g)) ||
      (POSSESSIVES.has(first.text.toLowerCase()) && tokens[1]?.text !== 'Lady') ||
      (initial && tokens.length === 1 && isCommonWord(first.text.toLowerCase()));
    if (!functional || tags.includes('Honorific')) break;
    tokens = tokens.slice(1);
    initial = false;
  }
  let title: string | undefined;
  const untitled = tokens;
  const lead = tokens[0];
  if (lead && tokens.length > 2 && lookupCountry(lead.text) && startsWithTitle(tokens.slice(1)))
    tokens = tokens.slice(1);
  for (let n = titleLength(tokens); n > 0; n = titleLength(tokens)) {
    title = tokens
      .slice(0, n)
      .map((t) => t.text)
      .join(' ');
    tokens = tokens.slice(n);
    // the word after a title is a name, not a sentence's capitalised first word ("Senator Young said")
    initial = false;
  }
  // a bare title ("the Duchess"), or a title before an organisation ("Premier League"), names no person
  if (title && tokens.length === 0) return undefined;
  if (title && isCue(tokens[tokens.length - 1]?.text ?? '')) {
    tokens = untitled;
    title = undefined;
  }
  while (tokens.length > 0 && CONNECTORS.has(tokens[tokens.length - 1]?.text ?? '')) tokens = tokens.slice(0, -1);
  if (tokens.length === 0) return undefined;
  const chunk: Chunk = { tokens, sentenceInitial: initial };
  if (title) chunk.title = title;
  return chunk;
}

import nlp from 'compromise';

type LexiconValue = string | string[];
interface CompromiseWorld {
  model: { one: { lexicon: Record<string, LexiconValue> } };
}

let lexicon: Record<string, LexiconValue> | undefined;

function load(): Record<string, LexiconValue> {
  if (!lexicon) lexicon = (nlp as unknown as { world(): CompromiseWorld }).world().model.one.lexicon;
  return lexicon;
}

/** The tags compromise's lexicon gives a lower-cased word or phrase; a lookup, never a full tagging pass. */
export function lexiconTags(lower: string): readonly string[] {
  // own keys only: "constructor" or "__proto__" must not read Object.prototype
  const lex = load();
  const v = Object.hasOwn(lex, lower) ? lex[lower] : undefined;
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

const PERSON_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
const PLACE_TAGS = new Set(['City', 'Region', 'Place', 'Country']);
const COMMON_TAGS = new Set([
  'Determiner',
  'Preposition',
  'Adverb',
  'Conjunction',
  'Pronoun',
  'Modal',
  'Infinitive',
  'PastTense',
  'PresentTense',
  'Gerund',
  'Adjective',
  'Comparative',
  'Superlative',
  'Plural',
  'Singular',
  'Uncountable',
  'QuestionWord',
  'Copula',
  'Participle',
  'Expression',
  'Cardinal',
  'Ordinal',
  'WeekDay',
  'Month',
  'Date',
  'Duration',
  'Reflexive',
  'Noun',
  'Unit',
  'Actor',
  'Demonym',
]);

// closed word classes: a capitalised one is at the head of a sentence, never a word of a name ("But Jill and I")
const FUNCTION_TAGS = new Set(['Conjunction', 'Determiner', 'Preposition', 'Pronoun', 'QuestionWord']);

/** True when the lower-cased word is a function word (conjunction, determiner, preposition, pronoun) and no given name. */
export function isFunctionWord(lower: string): boolean {
  const tags = lexiconTags(lower);
  return tags.some((t) => FUNCTION_TAGS.has(t)) && !tags.some((t) => PERSON_TAGS.has(t));
}

/** True when the word is a known given name, the strongest cheap cue for a person. */
export function isFirstName(lower: string): boolean {
  return lexiconTags(lower).some((t) => PERSON_TAGS.has(t));
}

/** True when the word or phrase is a known city, region or place. */
export function isKnownPlace(lower: string): boolean {
  return lexiconTags(lower).some((t) => PLACE_TAGS.has(t));
}

// vaccine and drug makers that news names alone and compromise's lexicon lacks ("Moderna" read as a place)
const COMPANIES = new Set(['moderna', 'biontech', 'novavax', 'astrazeneca', 'regeneron', 'gilead']);

/** True when the word is a known organisation name. */
export function isKnownOrganisation(lower: string): boolean {
  return COMPANIES.has(lower) || lexiconTags(lower).includes('Organization');
}

/** True when a capitalised word is probably an ordinary word capitalised only by its position. */
export function isCommonWord(lower: string): boolean {
  const tags = lexiconTags(lower);
  return tags.length > 0 && tags.every((t) => COMMON_TAGS.has(t) || t.includes('PhrasalVerb'));
}

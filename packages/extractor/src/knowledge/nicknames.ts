/**
 * Common English nicknames and the formal given name they stand for, so "Joe Biden" and "Joseph R. Biden" get one
 * id. Only unambiguous pairs: a nickname shared by two formal names ("Alex", "Chris", "Sam") is left as written.
 * A spelling of the same name ("Antony") and a nickname news gives one leader ("Bibi" Netanyahu) count too.
 */
const FORMAL_NAMES: Record<string, readonly string[]> = {
  joseph: ['joe', 'joey'],
  william: ['bill', 'billy', 'will', 'willy', 'liam'],
  robert: ['bob', 'bobby', 'rob', 'robbie', 'bert'],
  james: ['jim', 'jimmy', 'jamie'],
  michael: ['mike', 'mikey', 'mick'],
  anthony: ['tony', 'antony'],
  thomas: ['tom', 'tommy'],
  richard: ['dick', 'rick', 'ricky', 'rich', 'richie'],
  elizabeth: ['liz', 'lizzie', 'beth', 'betsy', 'betty', 'eliza'],
  charles: ['chuck', 'charlie'],
  edward: ['ed', 'eddie', 'ted', 'ned'],
  daniel: ['dan', 'danny'],
  david: ['dave', 'davey'],
  kenneth: ['ken', 'kenny'],
  steven: ['steve'],
  stephen: ['steph'],
  timothy: ['tim', 'timmy'],
  benjamin: ['ben', 'benny', 'bibi'],
  matthew: ['matt'],
  nicholas: ['nick', 'nicky'],
  jonathan: ['jon'],
  lawrence: ['larry'],
  gerald: ['jerry'],
  ronald: ['ron', 'ronnie'],
  donald: ['don', 'donnie'],
  douglas: ['doug'],
  gregory: ['greg'],
  jeffrey: ['jeff'],
  peter: ['pete'],
  patrick: ['pat', 'paddy'],
  samuel: ['sammy'],
  theodore: ['teddy', 'theo'],
  margaret: ['maggie', 'peggy', 'meg'],
  katherine: ['kate', 'katie', 'kathy'],
  jennifer: ['jen', 'jenny'],
  susan: ['sue', 'susie'],
  deborah: ['deb', 'debbie'],
  rebecca: ['becky'],
  patricia: ['patty', 'tricia'],
  barbara: ['barb'],
  christopher: ['kit'],
  frederick: ['fred', 'freddie'],
  raymond: ['ray'],
  harold: ['hal'],
  vladimir: ['vlad'],
};

const NICKNAMES = new Map<string, string>();
for (const [formal, nicknames] of Object.entries(FORMAL_NAMES)) for (const n of nicknames) NICKNAMES.set(n, formal);

/** The formal given name a lower-cased nickname stands for ("joe" → "joseph"); the word itself otherwise. */
export function formalGivenName(word: string): string {
  return NICKNAMES.get(word) ?? word;
}

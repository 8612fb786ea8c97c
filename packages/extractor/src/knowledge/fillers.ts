/**
 * Words that open spoken sentences and are never names alone: interjections, discourse adverbs and pronoun
 * contractions, which the tagger reads as names at the start of transcript turns ("Well", "Obviously", "I've").
 */
const FILLERS = new Set([
  'Well', 'So', 'Yeah', 'Yes', 'Yep', 'No', 'Nope', 'Okay', 'OK', 'Oh', 'Ah', 'Um', 'Uh', 'Hmm', 'Look', 'Listen', 'Now',
  'Obviously', 'Clearly', 'Again', 'Also', 'Additionally', 'Absolutely', 'Sure', 'Thanks', 'Hey', 'Hi', 'Hello',
  'Anyway', 'Actually', 'Certainly', 'Frankly', 'Honestly', 'Indeed', 'Alright', 'Exactly', 'Correct', 'Wow', 'Sorry',
  'Please', 'Anyhow', 'Basically', 'Literally', 'Totally', 'Definitely',
  "I've", "I'm", "I'll", "I'd", "We've", "We're", "We'll", "We'd", "You're", "You've", "You'll", "It's", "That's",
  "There's", "Here's", "What's", "Let's", "Don't", "Can't", "Won't", "Isn't", "Aren't", "Doesn't", "Didn't", "He's",
  "She's", "They're", "They've", "Who's", "How's",
]);

/** True for a one-word span that is a spoken filler, never a name. */
export function isFiller(word: string): boolean {
  return FILLERS.has(word.replace(/\u2019/g, "'"));
}

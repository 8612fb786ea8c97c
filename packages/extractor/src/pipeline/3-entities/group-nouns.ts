// the faiths and the peoples a word names as a group: "Muslim Americans", "Latinos", "Sikhs" are kinds of people, not one
// person, body or place (CoNLL-style annotation calls them MISC)
const GROUP_NOUN = new RegExp(
  '^(?:Muslims?|Christians?|Jews|Jewish|Hindus?|Sikhs?|Buddhists?|Catholics?|Protestants?|Evangelicals?|Mormons?|' +
    'Latinos?|Latinas?|Latinx|Latine|Hispanics?|Arabs?)$',
);

/** True when the span is a faith's or a people's word rather than a name. */
export function isGroupNoun(text: string): boolean {
  return GROUP_NOUN.test(text);
}

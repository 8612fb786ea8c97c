/** The text with every line break and tab as a plain space, same length, so context patterns read across wrapped lines. */
export function flat(text: string): string {
  return text.replace(/\s/g, ' ');
}

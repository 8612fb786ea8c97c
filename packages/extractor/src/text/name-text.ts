import { blankEscapes, blankStruck } from './escapes';

/** Every run of white space as one space: a name wrapped over a line break reads as one line. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * A name as written, for display and aliases: the input's own characters with a wrapped line break read as a space
 * and a markdown escape's backslash or struck-through words dropped ("European\ Union" → "European Union").
 */
export function nameText(text: string, start: number, end: number): string {
  const raw = blankStruck(blankEscapes(text.slice(start, end)));
  return /\s\s|[\n\r\t]/.test(raw) ? collapseSpaces(raw).trim() : raw;
}

import { lookupCountry } from './countries';
import { POSITION_WORDS } from './titles';

const capitalised = (phrase: string): string =>
  phrase
    .split(' ')
    .map((w) => w.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase()))
    .join(' ');

// Capitalised posts only, longest first: "United States officials" is a modifier of another kind, not a post.
const POSTS = POSITION_WORDS.filter((w) => w.length > 3)
  .map(capitalised)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.-]/g, (c) => `\\${c}`))
  .join('|');

/**
 * " Trade Representative", " Ambassador to Japan", " Special Envoy for Climate": a capitalised post right after a
 * country's name, with up to three capitalised words before its head; not one that goes on into a name ("United
 * States Ambassador Nicholas Burns" titles the next person).
 */
const POST_AFTER = new RegExp(`^\\s+((?:[A-Z][a-z]+\\s+){0,3}?(?:${POSTS}))\\b(?![ \\t\\n]+[A-Z])(?!-)`);

/** The post a country's name qualifies when the text after it is one ("Trade Representative"), else undefined. */
export function countryPostAfter(after: string): string | undefined {
  return POST_AFTER.exec(after)?.[1]?.replace(/\s+/g, ' ');
}

const APPOSED = /^,\s+(?:the\s+)?/;
const WORD = /[A-Z][\w.]*/y;

/**
 * Whether the text after a name opens ", <country> <post>" ("Jamieson Greer, United States Trade Representative"),
 * which makes the name a person holding that post, never a place in that country.
 */
export function appositeCountryPost(after: string): boolean {
  let at = APPOSED.exec(after)?.[0].length;
  if (at === undefined) return false;
  const words: string[] = [];
  for (let n = 0; n < 4; n++) {
    WORD.lastIndex = at;
    const word = WORD.exec(after);
    if (!word) break;
    words.push(word[0]);
    at = WORD.lastIndex;
    const form = lookupCountry(words.join(' '));
    if (form?.kind === 'name' && countryPostAfter(after.slice(at)) !== undefined) return true;
    // words of one name run across a single line break, never a blank line
    const space = /^[ \t]*\n?[ \t]*/.exec(after.slice(at))?.[0].length ?? 0;
    if (space === 0) break;
    at += space;
  }
  return false;
}

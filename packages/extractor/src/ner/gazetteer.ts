import { tokenizeConll } from './conll-tokens';

/** Gazetteer lists by category ("country", "first", "orgword"…), as stored in the model file. */
export type GazetteerLists = Record<string, string[]>;

const MAX_LEN = 6;

/** Longest-match phrase lookup over lowercased tokens, giving name lists a say on words the training data never saw. */
export class Gazetteer {
  private readonly phrases = new Map<string, string[]>();
  private readonly firstWords = new Map<string, number>();

  constructor(lists: GazetteerLists) {
    for (const [category, entries] of Object.entries(lists)) {
      for (const entry of entries) {
        const words = tokenizeConll(entry).map((t) => t.text.toLowerCase());
        if (words.length === 0 || words.length > MAX_LEN) continue;
        const key = words.join(' ');
        const cats = this.phrases.get(key);
        if (cats) {
          if (!cats.includes(category)) cats.push(category);
        } else this.phrases.set(key, [category]);
        const first = words[0]!;
        this.firstWords.set(first, Math.max(this.firstWords.get(first) ?? 0, words.length));
      }
    }
  }

  /** Per token, features like "country:B" for every longest phrase match covering it. */
  match(lower: readonly string[]): string[][] {
    const out: string[][] = lower.map(() => []);
    for (let i = 0; i < lower.length; i++) {
      const maxLen = this.firstWords.get(lower[i]!);
      if (maxLen === undefined) continue;
      for (let len = Math.min(maxLen, lower.length - i); len >= 1; len--) {
        const cats = this.phrases.get(lower.slice(i, i + len).join(' '));
        if (!cats) continue;
        for (const cat of cats) {
          for (let k = 0; k < len; k++) {
            const pos = len === 1 ? 'U' : k === 0 ? 'B' : k === len - 1 ? 'L' : 'I';
            out[i + k]!.push(`${cat}:${pos}`);
          }
        }
        break;
      }
    }
    return out;
  }
}

import type { Gazetteer } from './gazetteer';
import { capClass, shortShape } from './shape';

/** Everything outside the weights that feature extraction consults. */
export interface FeatureResources {
  gazetteer: Gazetteer;
  /** Lowercased word → word-class features learned from unlabelled text (casing ratio, cluster paths). */
  lexicon: Map<string, string[]>;
}

interface WordInfo {
  lower: string;
  shape: string;
  cap: string;
  own: string[];
}

const WORD_CACHE_LIMIT = 50_000;

/** Per-document view: sentences of token texts plus document-wide casing evidence. */
export interface DocContext {
  sentences: string[][];
  /** Lowercased word → how it is cased in ordinary (not all-caps, not sentence-initial) positions of this document. */
  docCase: Map<string, string>;
}

/** Computes per-token features that do not depend on predicted labels, caching per word form for speed. */
export class FeatureExtractor {
  private readonly cache = new Map<string, WordInfo>();

  constructor(private readonly res: FeatureResources) {}

  private info(word: string): WordInfo {
    let hit = this.cache.get(word);
    if (hit) return hit;
    const lower = word.toLowerCase();
    const shape = shortShape(word);
    const cap = capClass(word);
    const own = [`w=${lower}`];
    const n = lower.length;
    for (let k = 1; k <= 4 && k <= n; k++) own.push(`p${k}=${lower.slice(0, k)}`, `s${k}=${lower.slice(n - k)}`);
    if (word.includes('-')) own.push('hyph');
    for (const f of this.res.lexicon.get(lower) ?? ['lx=none']) own.push(f);
    hit = { lower, shape, cap, own };
    if (this.cache.size > WORD_CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, hit);
    return hit;
  }

  /** Builds the document context: how each word is cased where casing is informative. */
  documentContext(sentences: string[][]): DocContext {
    const docCase = new Map<string, string>();
    for (const words of sentences) {
      if (isAllCaps(words)) continue;
      for (let i = 1; i < words.length; i++) {
        const inf = this.info(words[i]!);
        if (inf.cap !== 'lower' && inf.cap !== 'init' && inf.cap !== 'caps') continue;
        const prev = docCase.get(inf.lower);
        if (prev === 'lower') continue;
        if (inf.cap === 'lower' || prev === undefined || inf.cap === 'init') docCase.set(inf.lower, inf.cap);
      }
    }
    return { sentences, docCase };
  }

  /** Static features for every token of one sentence, with the lowercased forms and shapes the decoder reuses. */
  sentence(words: readonly string[], doc: DocContext): { features: string[][]; lower: string[]; shape: string[] } {
    const infos = words.map((w) => this.info(w));
    const allCaps = isAllCaps(words);
    const sp = allCaps ? 'A' : '';
    const gz = this.res.gazetteer.match(infos.map((x) => x.lower));
    const n = words.length;
    const lw = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : infos[i]!.lower);
    const sh = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : infos[i]!.shape);
    const out: string[][] = [];
    for (let i = 0; i < n; i++) {
      const x = infos[i]!;
      const f: string[] = ['bias', ...x.own, `${sp}sh=${x.shape}`, `${sp}cap=${x.cap}`];
      if (i === 0) {
        f.push(`first|${x.cap}`);
        // whether a sentence-initial capital is just the sentence's capital or the word's own
        for (const c of x.own) if (c.startsWith('cr=')) f.push(`first|${c}`);
      }
      if (allCaps) f.push('allcaps');
      f.push(
        `w-1=${lw(i - 1)}`,
        `w-2=${lw(i - 2)}`,
        `w+1=${lw(i + 1)}`,
        `w+2=${lw(i + 2)}`,
        `${sp}sh-1=${sh(i - 1)}`,
        `${sp}sh+1=${sh(i + 1)}`,
        `${sp}sh-2=${sh(i - 2)}`,
        `${sp}sh+2=${sh(i + 2)}`,
        `w-1|w=${lw(i - 1)}|${x.lower}`,
        `w|w+1=${x.lower}|${lw(i + 1)}`,
        `${sp}sh3=${sh(i - 1)}|${x.shape}|${sh(i + 1)}`,
      );
      for (const g of gz[i]!) f.push(`g=${g}`);
      if (i > 0) for (const g of gz[i - 1]!) f.push(`g-1=${g}`);
      if (i + 1 < n) for (const g of gz[i + 1]!) f.push(`g+1=${g}`);
      if (i > 0) for (const c of infos[i - 1]!.own) if (c.startsWith('k')) f.push(`-1${c}`);
      if (i + 1 < n) for (const c of infos[i + 1]!.own) if (c.startsWith('k')) f.push(`+1${c}`);
      if (x.cap !== 'lower' && x.cap !== 'punct' && x.cap !== 'num' && (allCaps || i === 0)) {
        f.push(`dc=${doc.docCase.get(x.lower) ?? 'none'}`);
      }
      out.push(f);
    }
    return { features: out, lower: infos.map((x) => x.lower), shape: infos.map((x) => x.shape) };
  }
}

/** A headline-style sentence in capitals, where casing says nothing about names. */
export function isAllCaps(words: readonly string[]): boolean {
  let letters = 0;
  for (const w of words) {
    if (/\p{Ll}/u.test(w)) return false;
    if (/\p{Lu}/u.test(w)) letters++;
  }
  return letters >= 2;
}

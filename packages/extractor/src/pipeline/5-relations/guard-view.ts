import type { LinkedMention } from '../types';

/**
 * The part of a sentence view that the guards read: the document's text and entities, the sentence's bounds and its
 * mentions (narrower than `SentenceView`, so the guards need not import the module that imports them).
 */
export interface GuardView {
  doc: {
    norm: string;
    entities: ReadonlyMap<string, { name: string; type: string }>;
  };
  sentence: { start: number; end: number };
  mentions: readonly LinkedMention[];
}

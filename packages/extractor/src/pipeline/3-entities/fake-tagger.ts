import type { ExtractionResult } from '@newsgraph/schema';
import { extract } from '../../extract';
import type { SpanTagger, TaggedSpan } from '../types';

/** For tests: a tagger that returns fixed spans for the one text under test, found by their surface text. */
export function fakeTagger(text: string, spans: [string, TaggedSpan['type'], number, number?][]): SpanTagger {
  return {
    tagDocument: () =>
      spans.map(([form, type, confidence, nth = 0]) => {
        let at = -1;
        for (let i = 0; i <= nth; i++) at = text.indexOf(form, at + 1);
        return { start: at, end: at + form.length, type, confidence };
      }),
  };
}

/** For tests: extracts `text` as article "t" with the tagger given (null: rules alone), else with the bundled model. */
export function extractText(text: string, tagger?: SpanTagger | null): ExtractionResult {
  return extract({ id: 't', text }, tagger === undefined ? {} : { tagger });
}

/** For tests: the name mentions found in `text` as sorted "text/Type" strings ("West Bank/Location"). */
export function nameMentions(text: string, tagger?: SpanTagger | null): string[] {
  return extractText(text, tagger)
    .entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => `${m.text}/${e.type}`))
    .sort();
}

/** For tests: the name mentions found in `text` as "text:Type" strings, in the order of their entities. */
export function namesInOrder(text: string, tagger?: SpanTagger | null): string[] {
  return extractText(text, tagger).entities.flatMap((e) =>
    e.mentions.filter((m) => m.kind === 'name').map((m) => `${m.text}:${e.type}`),
  );
}

import { useTagger, type TaggedSpan } from './ner-source';

/** For tests: a tagger that returns fixed spans for the one text under test, found by their surface text. */
export function fakeTagger(text: string, spans: [string, TaggedSpan['type'], number, number?][]): void {
  useTagger({
    tagDocument: () =>
      spans.map(([form, type, confidence, nth = 0]) => {
        let at = -1;
        for (let i = 0; i <= nth; i++) at = text.indexOf(form, at + 1);
        return { start: at, end: at + form.length, type, confidence };
      }),
  });
}

import { loadNerModel } from './index';

describe('loadNerModel', () => {
  const model = loadNerModel();
  const found = (text: string): string[] =>
    model.tagDocument(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

  it('is a cached singleton', () => {
    expect(loadNerModel()).toBe(model);
  });

  it('tags organisations and places in a news sentence, and never mistypes the person', () => {
    const text = 'Xi Jinping met officials of the Ministry of Foreign Affairs in Beijing.';
    const got = found(text);
    // Sentence-initial unseen names are the model's weak spot: it may leave out "Xi", but it must find the person
    expect(got).toEqual([
      expect.stringMatching(/^PER:(?:Xi )?Jinping$/),
      'ORG:Ministry of Foreign Affairs',
      'LOC:Beijing',
    ]);
  });

  it('tags a full name after a title', () => {
    const text = 'Chinese President Xi Jinping met officials of the Ministry of Foreign Affairs in Beijing.';
    expect(found(text)).toEqual(['MISC:Chinese', 'PER:Xi Jinping', 'ORG:Ministry of Foreign Affairs', 'LOC:Beijing']);
  });

  it('returns well-formed spans with confidences', () => {
    const text = 'German Chancellor Angela Merkel told Reuters on Monday that the European Union would help Greece.';
    const spans = model.tagDocument(text);
    expect(found(text)).toEqual(
      expect.arrayContaining(['PER:Angela Merkel', 'ORG:Reuters', 'ORG:European Union', 'LOC:Greece']),
    );
    for (const s of spans) {
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('finds nothing in text without names', () => {
    expect(found('the talks will resume next week after a short break.')).toEqual([]);
  });
});

import { extractText } from './fake-tagger';
import type { SpanTagger } from '../types';

const mentionsOf = (text: string, tagger?: SpanTagger | null): string[] =>
  extractText(text, tagger).entities.flatMap((e) => e.mentions.map((m) => `${m.text}/${e.id}/${m.kind}`));

describe('regional adjectives', () => {
  it('gives "European" as a demonym of Europe, in the same entity as "Europe"', () => {
    const tagger = null;
    const text = 'Shares rose across Europe on Monday. European markets closed higher.';
    const found = mentionsOf(text, tagger);
    expect(found).toContain('European/loc:europe/demonym');
  });

  it('links "Soviet" to the Soviet Union as a place, never as a name mention', () => {
    const text = 'The Soviet Union collapsed in 1991. Soviet troops left Afghanistan in 1989.';
    const at = text.indexOf('Soviet Union');
    const adjective = text.indexOf('Soviet troops');
    const tagger: SpanTagger = {
      tagDocument: () => [
        { start: at, end: at + 'Soviet Union'.length, type: 'LOC', confidence: 0.9 },
        { start: adjective, end: adjective + 'Soviet'.length, type: 'LOC', confidence: 0.6 },
      ],
    };
    expect(mentionsOf(text, tagger)).toEqual(
      expect.arrayContaining(['Soviet Union/loc:soviet-union/name', 'Soviet/loc:soviet-union/demonym']),
    );
    expect(mentionsOf(text, tagger)).not.toContain('Soviet/loc:soviet-union/name');
  });

  it('prefers the longer adjective ("Latin American" is Latin America, not the United States)', () => {
    const tagger = null;
    expect(mentionsOf('Latin American leaders met in Lima.', tagger)).toContain(
      'Latin American/loc:latin-america/demonym',
    );
  });
});

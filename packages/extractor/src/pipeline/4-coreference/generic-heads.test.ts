import { extractText } from '../3-entities/fake-tagger';

describe("a body named by its head and its country ('Bank of Korea')", () => {
  const text =
    'The Bank of Korea left its base rate unchanged on Thursday, and the Export-Import Bank of Chile said it would ' +
    'sell copper bonds. Officials at the Central Bank of Kenya declined to comment.';
  const result = extractText(text);
  const nameOf = (mention: string): string | undefined =>
    result.entities.find((e) => e.mentions.some((m) => m.kind === 'name' && m.text === mention))?.name;

  it.each(['Bank of Korea', 'Central Bank of Kenya', 'Export-Import Bank of Chile'])(
    'is called by its full name, never by the head alone: %s',
    (name) => expect(nameOf(name)).toBe(name),
  );

  it('still shares the scoped id another article would give the same body', () => {
    expect(result.entities.find((e) => e.name === 'Bank of Korea')?.id).toBe('org:kr:bank');
    expect(result.entities.find((e) => e.name === 'Central Bank of Kenya')?.id).toBe('org:ke:central-bank');
  });
});

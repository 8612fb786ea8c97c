import { extract } from '../extract';
import { blankEscapes } from './escapes';
import { nameText } from './name-text';

describe('markdown escapes left by a conversion', () => {
  it('blanks each escaping backslash and keeps the length', () => {
    const text = 'See \\(b\\) and the African\\ Development Bank \\###';
    const blanked = blankEscapes(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).toBe('See  (b ) and the African  Development Bank  ###');
  });

  it('gives a name without the backslash while its mention slices the input exactly', () => {
    const text =
      'Delegates of the World \\Health Organization met the Inter-American\\ Development Bank in Lima on Monday.';
    const result = extract({ id: 't', text });
    const names = result.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['World Health Organization', 'Inter-American Development Bank']));
    for (const e of result.entities) {
      expect(e.name).not.toContain('\\');
      for (const a of e.aliases) expect(a).not.toContain('\\');
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    const who = result.entities.find((e) => e.name === 'World Health Organization');
    expect(who?.mentions[0]?.start).toBe(text.indexOf('World'));
  });

  it('reads an alias written with an escape as the plain name', () => {
    const text = 'the Arab\\ League';
    expect(nameText(text, 4, text.length)).toBe('Arab League');
  });

  it("reads a transcript's correction and not the words it strikes through", () => {
    const text =
      'We met with <s>Governer</s> \\[Governor\\] Okonjo and Wendel \\[Wendell\\] Pruitt in Tulsa. Governor Ada Okonjo spoke.';
    const result = extract({ id: 't', text });
    const names = result.entities.map((e) => e.name).sort();
    expect(names).toEqual(expect.arrayContaining(['Ada Okonjo', 'Tulsa']));
    expect(names.join(' ')).not.toMatch(/Governer|[[\]\\]/);
    for (const e of result.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

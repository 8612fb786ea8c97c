import { extract } from '../extract';
import { blankTickers } from './tickers';

// a made-up takeover brief in 1980s wire style, with stock symbols after names and names in brackets
const BRIEF = [
  'NORTHGATE MILLS <NGTM.O> TO BUY <ALDER YARN CO>',
  '',
  '    GREENVILLE, S.C., Oct 7 - Northgate Mills Inc <NGTM.O> said it',
  'agreed to buy <Alder Yarn Co>, a maker of cotton yarn, from <Brightwater',
  'Textile Partners> for about 31 mln dlrs.',
  '    Northgate said Alder, which also supplies Fenmore Apparel Corp',
  '<FNM>, had sales of 64 mln dlrs last year.',
  ' Reuter',
].join('\n');

describe('stock symbols in angle brackets', () => {
  it('blanks a symbol and the brackets of a name, keeping the length', () => {
    const out = blankTickers('Carlow Corp <CRLW.O> bought <Tain Dairy Ltd> and <FZ>.');
    expect(out).toBe('Carlow Corp          bought  Tain Dairy Ltd  and     .');
    expect(blankTickers('no brackets here')).toBe('no brackets here');
  });

  it('makes no entity of a symbol, finds the bracketed names, and keeps offsets on the input', () => {
    const r = extract({ id: 'brief', text: BRIEF });
    const names = r.entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => m.text));
    expect(names.filter((n) => /NGTM|FNM/.test(n))).toEqual([]);
    const org = (name: string): string | undefined => r.entities.find((e) => e.name === name)?.type;
    expect(org('Northgate Mills Inc')).toBe('Organization');
    expect(org('Alder Yarn Co')).toBe('Organization');
    expect(org('Fenmore Apparel Corp')).toBe('Organization');
    expect(names).toContain('Brightwater\nTextile Partners');
    for (const e of r.entities) for (const m of e.mentions) expect(BRIEF.slice(m.start, m.end)).toBe(m.text);
    for (const e of r.entities) for (const m of e.mentions) expect(m.text).not.toMatch(/[<>]/);
  });
});

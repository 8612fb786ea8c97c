import { extract } from '../../extract';
import { readLayout } from './read-layout';
import { isFigureRow, isPeriodLine } from './tables';

// a made-up quarterly report in 1980s wire style: capitals headline with a ticker, a dateline alone, table rows
const REPORT = [
  'MERIDIAN TOOL WORKS <MRTW> 2ND QTR NET',
  '',
  '    PITTSBURGH, June 12 -',
  '    Shr 27 cts vs 19 cts',
  '    Net 1,404,000 vs 988,000',
  '    Revs 22.7 mln vs 20.1 mln',
  '    Avg shrs 5,210,000 vs 5,199,000',
  '    Six mths',
  '    Oper shr loss four cts vs profit 31 cts',
  '    Oper net loss 206,000 vs profit 1,611,000',
  '    Sales 41.9 mln vs 38.0 mln',
  '    NOTE: Six mths net excludes a gain of 95,000 dlrs from the',
  'sale of Carver Die Co, Meridian Tool said.',
  ' Reuter',
].join('\n');

describe('wire tables', () => {
  it.each([
    'Shr 27 cts vs 19 cts',
    'Net 1,404,000 vs 988,000',
    'Revs 22.7 mln vs 20.1 mln',
    'Avg shrs 5,210,000 vs 5,199,000',
    'Oper shr loss four cts vs profit 31 cts',
    'Qtly div 15 cts vs 15 cts prior',
    'Profit before extraordinaries (markka) 4.1 vs 3.2',
  ])('reads "%s" as a row of figures', (line) => expect(isFigureRow(`    ${line}`)).toBe(true));

  it.each(['Pay Oct 1', 'Record Sept 14', '4th qtr', 'Qtr to Dec 31', 'Nine mths to Sept 30', 'Year'])(
    'reads "%s" as a period label',
    (line) => expect(isPeriodLine(`    ${line}`)).toBe(true),
  );

  it.each([
    'Sales at Fenwick Stores rose 12 pct vs a year ago',
    'Meridian said net rose 42 pct',
    'The Year of the Dragon',
    'NOTE: Six mths net excludes a gain of 95,000 dlrs from the',
    'Shares of Altona Mills rose 2 vs 1',
  ])('reads "%s" as no table row', (line) => expect(isFigureRow(line) || isPeriodLine(line)).toBe(false));

  it('marks each row as a table region and keeps the note as a sentence', () => {
    const rows = readLayout(REPORT)
      .regions.filter((r) => r.kind === 'table')
      .map((r) => REPORT.slice(r.start, r.end));
    expect(rows).toEqual([
      'Shr 27 cts vs 19 cts',
      'Net 1,404,000 vs 988,000',
      'Revs 22.7 mln vs 20.1 mln',
      'Avg shrs 5,210,000 vs 5,199,000',
      'Six mths',
      'Oper shr loss four cts vs profit 31 cts',
      'Oper net loss 206,000 vs profit 1,611,000',
      'Sales 41.9 mln vs 38.0 mln',
    ]);
  });

  it('takes no entity from a table row or its abbreviations, and still finds the names around the table', () => {
    const r = extract({ id: 'report', text: REPORT });
    const names = r.entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => m.text));
    for (const word of ['Shr', 'Net', 'Revs', 'Avg', 'Oper', 'Sales', 'Six', 'NOTE', 'MRTW'])
      expect(names.filter((n) => n.split(/\s+/).includes(word))).toEqual([]);
    expect(names).toContain('Carver Die Co');
    expect(r.entities.find((e) => e.name === 'Pittsburgh' || e.name === 'PITTSBURGH')?.type).toBe('Location');
    for (const rel of r.relations) expect(rel.evidence.text).not.toMatch(/\bvs\b/);
  });

  it('reads a period label as part of a table only next to a row of figures', () => {
    const text = 'The committee met in the spring of that\n\nYear\n\nand again in the autumn to review the plan.';
    expect(readLayout(text).regions.filter((r) => r.kind === 'table')).toEqual([]);
  });

  it('keeps a wrapped sentence whose line holds figures and "vs" in its paragraph', () => {
    const text = [
      'Delmont Foods said fourth quarter sales rose to 41 mln dlrs vs',
      '38 mln dlrs a year earlier, helped by its new plant in Ohio.',
      'Net income 4.2 mln vs 3.9 mln in the same quarter last year, and',
      'the board raised the dividend, chairman Peter Voss said.',
    ].join('\n');
    expect(readLayout(text).regions.filter((r) => r.kind === 'table')).toEqual([]);
  });
});

import { closenessOf, searchLuceneQuery } from './search-lucene';

describe('searchLuceneQuery', () => {
  it('scores exact, whole-word and prefix matches in separate bands, each hit in one', () => {
    const q = searchLuceneQuery('jo', undefined);
    expect(q).toContain(
      '+(searchKeys:["jo" TO "jo"]^100000 (searchWords:["jo" TO "jo"] -searchKeys:["jo" TO "jo"])^10000',
    );
    expect(q).toContain('(searchKeys:jo* -searchKeys:["jo" TO "jo"] -searchWords:["jo" TO "jo"])^1000)');
    expect(q).toMatch(/ searchRank:\[b0 TO b0\]\^1 searchRank:\[b1 TO b1\]\^2 .* searchRank:\[b6 TO b6\]\^64$/);
  });
  it('keeps what was typed literal: spaces and operators escaped, quotes inside ranges too', () => {
    const q = searchLuceneQuery('joe "x" (bi', 'Person');
    expect(q).toContain('searchKeys:joe\\ \\"x\\"\\ \\(bi*');
    expect(q).toContain('searchKeys:["joe \\"x\\" (bi" TO "joe \\"x\\" (bi"]');
    expect(q).toContain('+type:["Person" TO "Person"]^0');
  });
  it('matches every entity when nothing was typed', () => {
    expect(searchLuceneQuery('', undefined)).toMatch(/^\+searchRank:\[r TO r\]\^0 searchRank/);
  });
});

describe('closenessOf', () => {
  it('reads the band back from the score, prominence added', () => {
    expect([100_000, 100_127, 10_050, 1_000, 1_127, 42].map(closenessOf)).toEqual([0, 0, 1, 2, 2, 0]);
  });
});

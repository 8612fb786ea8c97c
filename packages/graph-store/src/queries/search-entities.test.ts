import { toFulltextQuery } from './search-entities';

describe('toFulltextQuery', () => {
  it('requires every word and treats the last as a prefix', () => {
    expect(toFulltextQuery('Xi Jin')).toBe('+Xi +Jin*');
  });
  it('drops Lucene operators so user text cannot break the query', () => {
    expect(toFulltextQuery('U.S. "foreign" (ministry)')).toBe('+U.S. +foreign +ministry*');
    expect(toFulltextQuery('  ')).toBe('');
  });
});

import { CheckedQueries } from './checked-queries';

describe('query texts found pure reads', () => {
  it('knows only the texts added, exactly as written', () => {
    const checked = new CheckedQueries();
    checked.add('MATCH (n) RETURN n');
    expect(checked.has('MATCH (n) RETURN n')).toBe(true);
    expect(checked.has('MATCH (n) RETURN n ')).toBe(false);
    expect(checked.has('MATCH (n) DETACH DELETE n')).toBe(false);
  });

  it('keeps at most its bound, dropping the oldest text first', () => {
    const checked = new CheckedQueries(3);
    for (const text of ['a', 'b', 'c', 'd', 'e']) checked.add(text);
    expect(checked.size).toBe(3);
    expect(['a', 'b', 'c', 'd', 'e'].map((text) => checked.has(text))).toEqual([false, false, true, true, true]);
  });
});

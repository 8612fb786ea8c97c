import { normalise, pseudoClusters } from './pseudo-clusters';

describe('pseudo-gold clusters of CoNLL mentions', () => {
  it('ignores case, full stops, a leading "the" and a possessive', () => {
    expect(normalise("The U.S.  Treasury's")).toBe('us treasury');
  });

  it('joins a surname to the one longer name it ends, of the same type only', () => {
    const golds = [
      { type: 'PER', text: 'Bill Clinton' },
      { type: 'PER', text: 'Clinton' },
      { type: 'LOC', text: 'Clinton' },
    ];
    expect(pseudoClusters(golds)).toEqual(['PER|bill clinton', 'PER|bill clinton', 'LOC|clinton']);
  });

  it('leaves a short form that two longer names end on its own', () => {
    const golds = [
      { type: 'PER', text: 'John Smith' },
      { type: 'PER', text: 'Mary Smith' },
      { type: 'PER', text: 'Smith' },
    ];
    expect(pseudoClusters(golds)).toEqual(['PER|john smith', 'PER|mary smith', 'PER|smith']);
  });

  it('joins a middle form to the one longer name, while the shortest, ending both, stays apart', () => {
    const golds = [
      { type: 'ORG', text: 'Bank' },
      { type: 'ORG', text: 'National Bank' },
      { type: 'ORG', text: 'First National Bank' },
    ];
    expect(pseudoClusters(golds)).toEqual(['ORG|bank', 'ORG|first national bank', 'ORG|first national bank']);
  });
});

import { fakeTagger, namesInOrder } from './fake-tagger';

const names = (text: string, spans: [string, 'PER' | 'ORG' | 'LOC', number, number?][]): string[] =>
  namesInOrder(text, fakeTagger(text, spans));

describe('dropCaseParties', () => {
  it('drops both parties of a court case, written plain or in italics, and keeps the same names outside it', () => {
    const text =
      'The ruling in *Kettering v. Ohio Valley Mills* narrowed the rule. Ohio Valley Mills makes paper. ' +
      'Judges still cite Marlow v. Pennsylvania on the point, and Gov. Jane Doyle lives in Pennsylvania.';
    expect(
      names(text, [
        ['Kettering', 'LOC', 0.9],
        ['Ohio Valley Mills', 'ORG', 0.9],
        ['Marlow', 'PER', 0.9],
        ['Pennsylvania', 'LOC', 0.9],
        ['Jane Doyle', 'PER', 0.9],
        ['Pennsylvania', 'LOC', 0.9, 1],
      ]),
    ).toEqual(['Ohio Valley Mills:Organization', 'Jane Doyle:Person', 'Pennsylvania:Location']);
  });

  it('drops a place named inside the first party ("Diocese of Tulsa v. …") and keeps a sports score written "v"', () => {
    const text = 'Under Parish Diocese of Tulsa v. Hendricks, the law fell. Leeds v Chelsea ended in a draw in Leeds.';
    expect(
      names(text, [
        ['Tulsa', 'LOC', 0.9],
        ['Hendricks', 'PER', 0.9],
        ['Leeds', 'ORG', 0.9],
        ['Chelsea', 'ORG', 0.9],
      ]).sort(),
    ).toEqual(['Chelsea:Organization', 'Leeds:Location', 'Leeds:Organization'].sort());
  });
});

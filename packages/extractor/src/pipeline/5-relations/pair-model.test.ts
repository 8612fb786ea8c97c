import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../../extract';
import { decodePairModel, encodePairModel, loadPairModel, PAIR_MODEL_PATH } from './pair-model';
import { relationsOf } from './test-doc';

describe('relation pair model', () => {
  it('loads the bundled model and survives an encode/decode round trip', () => {
    const model = loadPairModel();
    expect(model.weights.size).toBeGreaterThan(1000);
    for (const t of Object.values(model.thresholds)) expect(t).toBeGreaterThan(0);
    const again = decodePairModel(encodePairModel(decodePairModel(readFileSync(PAIR_MODEL_PATH))));
    expect(again.thresholds).toEqual(model.thresholds);
    expect(again.weights.size).toBe(model.weights.size);
  });

  it('loads the file NEWSGRAPH_PAIR_MODEL names instead, as cross-validation runs need', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pair-model-'));
    const before = process.env.NEWSGRAPH_PAIR_MODEL;
    try {
      const path = join(dir, 'm.json.gz');
      writeFileSync(
        path,
        encodePairModel({ thresholds: { wf: 0.31, ob: 0.42, li: 0.53 }, weights: new Map([['wf:x', 1]]) }),
      );
      process.env.NEWSGRAPH_PAIR_MODEL = path;
      jest.isolateModules(() => {
        const fresh = jest.requireActual<typeof import('./pair-model')>('./pair-model');
        expect(fresh.loadPairModel().thresholds).toEqual({ wf: 0.31, ob: 0.42, li: 0.53 });
      });
    } finally {
      if (before === undefined) delete process.env.NEWSGRAPH_PAIR_MODEL;
      else process.env.NEWSGRAPH_PAIR_MODEL = before;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("takes a trade in an apposition for the post held at the body ('a hydrologist with the')", () => {
    const people: Parameters<typeof relationsOf>[1] = [
      ['Tomas Ekberg', 'Person'],
      ['Norland Water Authority', 'Organization'],
    ];
    expect(
      relationsOf(
        'The levee will hold, said Tomas Ekberg, a hydrologist with the Norland Water Authority.',
        people,
        'title',
      ),
    ).toEqual(['Tomas Ekberg HOLDS_POSITION Norland Water Authority (hydrologist)']);
    expect(
      relationsOf(
        'The levee will hold, said Tomas Ekberg, a lobbyist with the Norland Water Authority.',
        people,
        'title',
      ),
    ).toEqual(['Tomas Ekberg HOLDS_POSITION Norland Water Authority (lobbyist)']);
    // a visitor is no trade the body employs
    expect(
      relationsOf('The levee will hold, said Tomas Ekberg, a tourist with the Norland Water Authority.', people),
    ).toEqual([]);
  });

  it('reads a clear work-for sentence as HOLDS_POSITION with its sentence and a probability', () => {
    const text = 'The plant will close next year, said Martha Okonjo, who manages the Wexford Tool Company.';
    const triples = relationsOf(text, [
      ['Martha Okonjo', 'Person'],
      ['Wexford Tool Company', 'Organization'],
    ]);
    expect(triples).toContain('Martha Okonjo HOLDS_POSITION Wexford Tool Company');
    const r = extract({ id: 't', text }).relations.find((x) => x.predicate === 'HOLDS_POSITION');
    expect(r?.evidence.text).toBe(text);
    expect(r?.confidence).toBeGreaterThan(0);
    expect(r?.confidence).toBeLessThanOrEqual(1);
  });

  it('reads nothing between two names that merely share a sentence', () => {
    const triples = relationsOf(
      'Martha Okonjo watched the match on television while the Wexford Tool Company lost its appeal.',
      [
        ['Martha Okonjo', 'Person'],
        ['Wexford Tool Company', 'Organization'],
      ],
    );
    expect(triples).toEqual([]);
  });

  it('reads words that name Object.prototype keys as plain words', () => {
    expect(() =>
      extract({
        id: 't',
        text: 'Ann Lee said the constructor of the Wexford Tool Company, Bo Ng, left toString Street.',
      }),
    ).not.toThrow();
  });
});

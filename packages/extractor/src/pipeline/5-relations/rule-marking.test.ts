import { extract } from '../../extract';
import { calibratedConfidence } from './calibration';

const TEXT =
  "The summit was held in Wuzhen, East China's Zhejiang Province. Long Zhou, an official from the Office for Cyber Affairs, spoke.";

describe('relations name their rule', () => {
  it('marks each relation with the pattern, closure or document-level basis that produced it', () => {
    const r = extract({ id: 't', text: TEXT }, { calibrate: false });
    const rules = r.relations.map((x) => `${x.predicate} ${x.attributes?.['rule'] ?? x.attributes?.['basis'] ?? '-'}`);
    expect(rules).toEqual(expect.arrayContaining(['LOCATED_IN location', 'HOLDS_POSITION position']));
    expect(rules.filter((x) => x.endsWith(' -'))).toEqual([]);
  });

  it('keeps raw confidences when asked, and prints the bundled calibration of them by default', () => {
    const raw = extract({ id: 't', text: TEXT }, { calibrate: false }).relations;
    const calibrated = extract({ id: 't', text: TEXT }).relations;
    expect(raw.length).toBeGreaterThan(0);
    expect(calibrated.map((x) => x.confidence)).toEqual(raw.map((x) => calibratedConfidence(x)));
  });
});

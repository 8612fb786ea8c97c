import { isUsStateAbbreviation } from '../../knowledge/us-states';
import { hasWorkCue } from './pair-cues';

describe('pair model cues', () => {
  it('reads a post named after the organisation in an apposition as a work cue', () => {
    expect(hasWorkCue(', ', true, "'s chairman and chief executive, said")).toBe(true);
    expect(hasWorkCue(', a ', true, ' spokeswoman, said')).toBe(true);
    expect(hasWorkCue(', ', true, ' said on Monday')).toBe(false);
    expect(hasWorkCue(' met ', true, "'s chairman")).toBe(false);
  });

  it('knows the states by their news abbreviations, with or without the last full stop', () => {
    expect(isUsStateAbbreviation('Calif.')).toBe(true);
    expect(isUsStateAbbreviation('Md')).toBe(true);
    expect(isUsStateAbbreviation('N.Y.')).toBe(true);
    expect(isUsStateAbbreviation('Paris')).toBe(false);
  });
});

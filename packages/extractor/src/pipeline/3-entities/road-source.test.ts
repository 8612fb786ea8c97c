import { extractText, fakeTagger } from './fake-tagger';

const places = (text: string): string[][] =>
  extractText(text, fakeTagger(text, []))
    .entities.filter((e) => e.type === 'Location')
    .map((e) => [e.name, ...e.mentions.map((m) => m.text)]);

describe('roadCandidates', () => {
  it('finds interstates however they are spaced, and British roads after "the" or a bracket, where roads are spoken of', () => {
    const text =
      'From the airport, take I-35 north for twelve miles; traffic on I - 35 is light after dark. ' +
      'Drivers coming from the coast should follow the M4 to junction 18 and then the A46 into town (A4174 on the ring road).';
    expect(places(text)).toEqual([
      ['I-35', 'I-35', 'I - 35'],
      ['M4', 'M4'],
      ['A46', 'A46'],
      ['A4174', 'A4174'],
    ]);
  });

  it('reads no road in a form or a tank beside talk of roads, nor in a number with no talk of roads around it', () => {
    const text =
      'Applicants who drive to the office on the highway file Form I-130 there. ' +
      'The M1 Abrams drove along the road past the A10 Warthog. The report was printed on A4 paper.';
    expect(places(text)).toEqual([]);
  });
});

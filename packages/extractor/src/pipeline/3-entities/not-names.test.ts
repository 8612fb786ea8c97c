import { extractText, fakeTagger, namesInOrder } from './fake-tagger';

const names = namesInOrder;

describe('dropNonNames and attachCompanySuffixes', () => {
  it('drops tickers and lone company suffixes, and keeps "and Co" inside the firm', () => {
    const text =
      'Schlumberger Ltd <SLB> said it would sell the unit. Brokers at James Capel and Co were cautious. The buyer, Inc, declined.';
    const tagger = fakeTagger(text, [
      ['Schlumberger Ltd', 'ORG', 0.9],
      ['SLB', 'ORG', 0.7],
      ['James Capel', 'PER', 0.8],
      ['Co', 'ORG', 0.6],
      ['Inc', 'ORG', 0.6],
    ]);
    expect(names(text, tagger)).toEqual(['Schlumberger Ltd:Organization', 'James Capel and Co:Organization']);
  });

  it('drops a bare "Department", commodities and a legal citation, but keeps a state\'s abbreviation', () => {
    const text =
      'The Department said Japan would import more LNG and fewer Krugerrand coins under 8 U.S.C. 1182. ROCHESTER, N.H. was quiet.';
    const tagger = fakeTagger(text, [
      ['The Department', 'ORG', 0.7],
      ['LNG', 'ORG', 0.7],
      ['Krugerrand', 'LOC', 0.6],
      ['U.S.C.', 'LOC', 0.6],
      ['ROCHESTER', 'LOC', 0.9],
      ['N.H.', 'LOC', 0.9],
    ]);
    expect(names(text, tagger)).toEqual(['Japan:Country', 'ROCHESTER:Location', 'N.H.:Location']);
  });

  it('strips titles and honours from people, so short forms meet their full names ("Ambassador Mohib", "Daniel Bernoulli FRS")', () => {
    const text =
      'Ambassador Mohib met the press. Hamdullah Mohib spoke later. Daniel Bernoulli FRS wrote it, and Bernoulli, Jr. was praised.';
    const tagger = fakeTagger(text, [
      ['Ambassador Mohib', 'PER', 0.8],
      ['Hamdullah Mohib', 'PER', 0.9],
      ['Daniel Bernoulli FRS', 'PER', 0.8],
      ['Bernoulli', 'PER', 0.8, 1],
      ['Jr.', 'LOC', 0.6],
    ]);
    const people = extractText(text, tagger).entities.filter((e) => e.type === 'Person');
    expect(people.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['Hamdullah Mohib', ['Mohib', 'Hamdullah Mohib']],
      ['Daniel Bernoulli', ['Daniel Bernoulli', 'Bernoulli']],
    ]);
  });

  it('keeps greetings and titles out of the people they address ("Hey Frank", "Talks in The Hague")', () => {
    const text = '"Hey Frank, welcome," she told Frank Messina. Talks in The Hague ended.';
    const tagger = fakeTagger(text, [
      ['Hey Frank', 'PER', 0.7],
      ['Frank Messina', 'PER', 0.9],
      ['Hague', 'PER', 0.6],
    ]);
    const entities = extractText(text, tagger).entities;
    expect(entities.map((e) => [e.type, e.mentions.filter((m) => m.kind === 'name').map((m) => m.text)])).toEqual([
      ['Person', ['Frank', 'Frank Messina']],
      ['Location', ['Hague']],
    ]);
  });

  it('keeps a sentence\'s opening conjunction out of the person it runs into ("But Jill")', () => {
    const text = 'Jill Biden visited the school. But Jill told the students to keep reading.';
    const tagger = fakeTagger(text, [
      ['Jill Biden', 'PER', 0.9],
      ['But Jill', 'PER', 0.7],
    ]);
    const people = extractText(text, tagger).entities.filter((e) => e.type === 'Person');
    expect(people.map((e) => [e.name, e.mentions.filter((m) => m.kind === 'name').map((m) => m.text)])).toEqual([
      ['Jill Biden', ['Jill Biden', 'Jill']],
    ]);
  });
});

describe('posts, degrees and titles are no names', () => {
  it('drops a post named without its holder ("National Security Advisor", "First Lady", "Secretary of Education")', () => {
    const text =
      'The National Security Advisor briefed the First Lady. The Secretary of Education and the Press Secretary met Miguel Cardona.';
    const tagger = fakeTagger(text, [
      ['National Security Advisor', 'ORG', 0.8],
      ['First Lady', 'PER', 0.7],
      ['Secretary of Education', 'ORG', 0.8],
      ['Press Secretary', 'PER', 0.6],
      ['Miguel Cardona', 'PER', 0.9],
    ]);
    expect(names(text, tagger)).toEqual(['Miguel Cardona:Person']);
  });

  it('keeps the state a dropped post opens with ("North Dakota House Democratic Leader")', () => {
    const text = 'The bill was praised by the North Dakota House Democratic Leader on Friday.';
    const tagger = fakeTagger(text, [['North Dakota House Democratic Leader', 'ORG', 0.7]]);
    expect(names(text, tagger)).toEqual(['North Dakota:Location']);
  });

  it('keeps a named thing that opens with a post ("Secretary of Defense Meritorious Civilian Service Award")', () => {
    const text = 'He received the Secretary of Defense Meritorious Civilian Service Award in 2019.';
    const tagger = fakeTagger(text, [['Secretary of Defense Meritorious Civilian Service Award', 'ORG', 0.7]]);
    expect(names(text, tagger)).toEqual(['Secretary of Defense Meritorious Civilian Service Award:Organization']);
  });

  it('drops degrees ("J.D.", "B.S.") but keeps the school', () => {
    const text = 'She earned B.S. and J.D. degrees from Yale University.';
    const tagger = fakeTagger(text, [
      ['B.S.', 'LOC', 0.6],
      ['J.D.', 'ORG', 0.6],
      ['Yale University', 'ORG', 0.9],
    ]);
    expect(names(text, tagger)).toEqual(['Yale University:Organization']);
  });

  it('strips loose and plural titles from people ("Chair Powell", "Envoy Kerry", "Representatives Kilmer")', () => {
    const text =
      'Chair Powell spoke first. Envoy Kerry flew to Paris. Representatives Kilmer and Smith voted yes. Derek Kilmer won.';
    const tagger = fakeTagger(text, [
      ['Chair Powell', 'PER', 0.8],
      ['Envoy Kerry', 'PER', 0.8],
      ['Paris', 'LOC', 0.9],
      ['Representatives Kilmer', 'PER', 0.8],
      ['Smith', 'PER', 0.8],
      ['Derek Kilmer', 'PER', 0.9],
    ]);
    expect(names(text, tagger)).toEqual([
      'Powell:Person',
      'Kerry:Person',
      'Paris:Location',
      'Smith:Person',
      'Kilmer:Person',
      'Derek Kilmer:Person',
    ]);
  });
});

describe('crowd cries', () => {
  it('drops a crowd\'s cry after its turn label ("AUDIENCE: Boo —")', () => {
    const text =
      'THE PRESIDENT: He lied about it.\n\nAUDIENCE: Boo —\n\nTHE PRESIDENT: But I told Ohio voters the truth.';
    const tagger = fakeTagger(text, [
      ['Boo', 'ORG', 0.6],
      ['Ohio', 'LOC', 0.9],
    ]);
    expect(names(text, tagger)).toEqual(['Ohio:Location']);
  });
});

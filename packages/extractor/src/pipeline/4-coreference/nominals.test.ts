import { extract } from '../../extract';

const mentionsOf = (text: string, name: string): string[] => {
  const entity = extract({ id: 't', text }).entities.find((e) => e.name === name);
  return (entity?.mentions ?? []).map((m) => `${m.kind}:${m.text}`);
};

describe('nominal coreference', () => {
  it('links "the ministry" to the ministry named before it, without making it an alias', () => {
    const text =
      'The Ministry of Foreign Affairs released a strategy on Wednesday. The ministry said the plan was final.';
    expect(mentionsOf(text, 'Ministry of Foreign Affairs')).toEqual([
      'name:Ministry of Foreign Affairs',
      'nominal:The ministry',
    ]);
    const entity = extract({ id: 't', text }).entities.find((e) => e.name === 'Ministry of Foreign Affairs');
    expect(entity?.aliases).not.toContain('The ministry');
  });

  it('links "the company" only to an organisation whose name marks it as a company', () => {
    expect(mentionsOf('Acme Holdings Inc. cut 300 jobs. The company blamed costs.', 'Acme Holdings Inc.')).toContain(
      'nominal:The company',
    );
    const result = extract({ id: 't', text: 'The Red Cross sent aid. The company blamed costs.' });
    expect(result.entities.flatMap((e) => e.mentions).filter((m) => m.kind === 'nominal')).toEqual([]);
  });

  it('leaves "the ministry of ..." alone: that names a ministry of its own', () => {
    const result = extract({ id: 't', text: 'The Ministry of Defense spoke. Later the ministry of finance replied.' });
    expect(result.entities.flatMap((e) => e.mentions).filter((m) => m.kind === 'nominal')).toEqual([]);
  });
});

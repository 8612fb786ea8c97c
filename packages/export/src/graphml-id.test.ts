import { graphmlId } from './graphml-id';

describe('graphmlId', () => {
  it('keeps entity slugs as they are', () => {
    expect(graphmlId('person:xi-jinping')).toBe('person:xi-jinping');
  });

  it('escapes the bar of a relation id and anything else NMTOKEN forbids', () => {
    expect(graphmlId('person:xi|PROPOSED|policy:a b')).toBe('person:xi_7c_PROPOSED_7c_policy:a_20_b');
    expect(graphmlId('org:é')).toBe('org:_e9_');
  });

  it('keeps distinct ids distinct, the escape character included', () => {
    expect(graphmlId('a_7c_b')).not.toBe(graphmlId('a|b'));
  });
});

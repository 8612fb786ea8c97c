import { RELATION_KEY_SEPARATOR, relationKey, relationKeyCypher } from './relation-key';

describe('relationKey', () => {
  it('joins subject, predicate and object with the separator', () => {
    expect(relationKey('person:long-zhou', 'HOLDS_POSITION', 'org:x')).toBe('person:long-zhou|HOLDS_POSITION|org:x');
    expect(RELATION_KEY_SEPARATOR).toBe('|');
  });

  it('writes the Cypher expression that concatenates the same three parts', () => {
    expect(relationKeyCypher('s.id', 'type(r)', 'o.id')).toBe("s.id + '|' + type(r) + '|' + o.id");
  });
});

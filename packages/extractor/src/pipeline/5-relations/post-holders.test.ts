import { relationsOf } from './test-doc';

describe('a person and a body that hold no post between them', () => {
  it('sit in two items of a semicolon list', () => {
    const rels = relationsOf(
      'I am joined by the harbour master, Tomas Reyes; the president of Kestrel State University, Ilse Marren; and others.',
      [
        ['Tomas Reyes', 'Person'],
        ['Kestrel State University', 'Organization'],
        ['Ilse Marren', 'Person'],
      ],
    );
    expect(rels.filter((r) => r.startsWith('Tomas Reyes'))).toEqual([]);
  });

  it('when the post is only announced', () => {
    const rels = relationsOf(
      'We welcomed the news that Ilse Marren will serve as the next Director of the Lindqvist Fund.',
      [
        ['Ilse Marren', 'Person'],
        ['Lindqvist Fund', 'Organization'],
      ],
    );
    expect(rels).toEqual([]);
  });

  it('when the post is the apposition of the person named before it', () => {
    const rels = relationsOf(
      'Ada Brook was joined by Tomas Reyes, Chief Operating Officer of the Harrow Credit Bank, Ilse Marren, Deputy Envoy for Coastal Affairs, and staff.',
      [
        ['Ada Brook', 'Person'],
        ['Tomas Reyes', 'Person'],
        ['Harrow Credit Bank', 'Organization'],
        ['Ilse Marren', 'Person'],
      ],
    );
    expect(rels).toContain('Tomas Reyes HOLDS_POSITION Harrow Credit Bank');
    expect(rels.filter((r) => r.startsWith('Ilse Marren'))).toEqual([]);
  });

  it('still hold a post a plain apposition or a past post gives', () => {
    expect(
      relationsOf('Ilse Marren, the Director of the Lindqvist Fund, spoke; Tomas Reyes listened.', [
        ['Ilse Marren', 'Person'],
        ['Lindqvist Fund', 'Organization'],
        ['Tomas Reyes', 'Person'],
      ]),
    ).toContain('Ilse Marren HOLDS_POSITION Lindqvist Fund');
    expect(
      relationsOf('Ilse Marren served as Director of the Lindqvist Fund until 2019.', [
        ['Ilse Marren', 'Person'],
        ['Lindqvist Fund', 'Organization'],
      ]),
    ).toContain('Ilse Marren HOLDS_POSITION Lindqvist Fund');
  });
});

import type { z } from 'zod';
import { OverridesSchema } from './overrides';

const issues = (result: z.ZodSafeParseResult<unknown>): string[] =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('OverridesSchema', () => {
  it('fills every list an analyst leaves out', () => {
    expect(OverridesSchema.parse({})).toEqual({
      merge: [],
      split: [],
      alias: [],
      rejectEntities: [],
      rejectRelations: [],
    });
  });

  it('keeps a full overrides file as written', () => {
    const file = {
      merge: [{ from: ['person:biden'], into: { id: 'person:joe-biden', name: 'Joe Biden', type: 'Person' } }],
      split: [
        { entity: 'org:x', mentions: ['X Corp'], into: { id: 'org:x-corp', name: 'X Corp', type: 'Organization' } },
      ],
      alias: [{ entity: 'person:xi-jinping', aliases: ['Chairman Xi'] }],
      rejectEntities: ['person:read-more'],
      rejectRelations: [{ subject: 'a', predicate: 'MET_WITH', object: 'b' }],
    };
    expect(OverridesSchema.parse(file)).toEqual(file);
  });

  it.each([
    [{ mergee: [] }, ''],
    [{ merge: [{ from: [], into: { id: 'a' } }] }, 'merge.0.from'],
    [{ split: [{ entity: 'a', mentions: ['A'], into: { id: 'b', name: 'B' } }] }, 'split.0.into.type'],
    [{ alias: [{ entity: 'a', aliases: [''] }] }, 'alias.0.aliases.0'],
    [{ rejectRelations: [{ subject: 'a', predicate: 'LIKES', object: 'b' }] }, 'rejectRelations.0.predicate'],
  ])('rejects %j at %s', (file, path) => {
    expect(issues(OverridesSchema.safeParse(file))).toEqual([expect.stringMatching(new RegExp(`^${path}: `))]);
  });
});

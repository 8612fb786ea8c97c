import { relationsOf } from './test-doc';

const BODY = ' He won two medals at the World Championships. He later became a coach.';

describe('lead subject', () => {
  it('gives the opening person the first country of the first sentence', () => {
    const t = relationsOf(
      `Willi Schneider (born 1963 in Medias) is a German skeleton racer.${BODY} He coached in Canada.`,
      [
        ['Willi Schneider', 'Person'],
        ['Medias', 'Location'],
        ['German', 'Country', 'demonym', 'country:DE'],
        ['Canada', 'Country'],
        ['World Championships', 'Event'],
      ],
    );
    expect(t).toContain('Willi Schneider CITIZEN_OF country:DE');
    expect(t).not.toContain('Willi Schneider CITIZEN_OF Canada');
  });

  it('needs the subject to open the text and the country to be in the first sentence', () => {
    const people: Parameters<typeof relationsOf>[1] = [
      ['Willi Schneider', 'Person'],
      ['Canada', 'Country'],
    ];
    expect(relationsOf(`In 1990 Willi Schneider went to Canada.${BODY}`, people)).toEqual([]);
    expect(relationsOf(`Willi Schneider is a skeleton racer.${BODY} He coached in Canada.`, people)).toEqual([]);
  });
});

import type { ArticleToWrite } from '@newsgraph/graph-store';
import type { EntityType, ExtractedEntity, ExtractedRelation, Predicate, Span } from '@newsgraph/schema';

/** Entity ids of the small graph the browser tests draw. */
export const IDS = {
  xi: 'person:xi-jinping',
  china: 'country:china',
  sovereignty: 'policy:cyber-sovereignty',
  summit: 'event:digital-silk-road-forum',
  biden: 'person:joe-biden',
} as const;

export const EVIDENCE = {
  holds: 'Xi Jinping, the president of China, spoke in Wuzhen.',
  proposed: 'Xi Jinping proposed cyber sovereignty as a principle for the internet.',
  located: 'The Digital Silk Road Forum was held in China this week.',
} as const;

const TEXT = [
  EVIDENCE.holds,
  EVIDENCE.proposed,
  'Xi said China would defend it.',
  'China hosted delegates and China signed accords.',
  EVIDENCE.located,
  'Separately, Joe Biden gave a speech.',
].join(' ');

/** The span of the `nth` occurrence of `phrase` in the article, so offsets always match the text. */
function span(phrase: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i += 1) start = TEXT.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`"${phrase}" #${nth} is not in the seed text`);
  return { start, end: start + phrase.length, text: phrase };
}

function entity(id: string, name: string, type: EntityType, mentions: Span[]): ExtractedEntity {
  return { id, name, type, aliases: [name], mentions: mentions.map((m) => ({ ...m, kind: 'name' as const })) };
}

function relation(subject: string, predicate: Predicate, object: string, sentence: string): ExtractedRelation {
  return { subject, predicate, object, confidence: 0.9, evidence: span(sentence) };
}

/**
 * China is the most mentioned entity (so it opens first); Xi has two direct neighbours, the forum is two
 * hops from Xi, and Biden is connected to nothing.
 */
export function seedArticles(): ArticleToWrite[] {
  return [
    {
      article: {
        id: 'article:browser-test-1',
        text: TEXT,
        title: 'Xi at the internet conference',
        extractorVersion: 'test',
      },
      extraction: {
        id: 'article:browser-test-1',
        entities: [
          entity(IDS.xi, 'Xi Jinping', 'Person', [span('Xi Jinping'), span('Xi Jinping', 1), span('Xi said')]),
          entity(IDS.china, 'China', 'Country', [
            span('China'),
            span('China', 1),
            span('China', 2),
            span('China', 3),
            span('China', 4),
          ]),
          entity(IDS.sovereignty, 'cyber sovereignty', 'Policy', [span('cyber sovereignty')]),
          entity(IDS.summit, 'Digital Silk Road Forum', 'Event', [span('Digital Silk Road Forum')]),
          entity(IDS.biden, 'Joe Biden', 'Person', [span('Joe Biden')]),
        ],
        relations: [
          relation(IDS.xi, 'HOLDS_POSITION', IDS.china, EVIDENCE.holds),
          relation(IDS.xi, 'PROPOSED', IDS.sovereignty, EVIDENCE.proposed),
          relation(IDS.summit, 'LOCATED_IN', IDS.china, EVIDENCE.located),
        ],
        quotes: [],
      },
    },
  ];
}

export const MARKUP = '<img src=x onerror=alert(1)>';
export const MARKUP_ID = 'person:markup';

/** An article whose text, title and one entity name carry markup that would run if the viewer parsed it as HTML. */
export function markupArticle(): ArticleToWrite {
  const text = `${MARKUP} met Xi Jinping. The note said ${MARKUP} again.`;
  const at = (phrase: string, from = 0): Span => {
    const start = text.indexOf(phrase, from);
    return { start, end: start + phrase.length, text: phrase };
  };
  const first = at(MARKUP);
  const second = at(MARKUP, first.end);
  const sentence = at(`${MARKUP} met Xi Jinping.`);
  return {
    article: { id: 'article:markup', text, title: `Title ${MARKUP}`, extractorVersion: 'test' },
    extraction: {
      id: 'article:markup',
      entities: [
        entity(MARKUP_ID, MARKUP, 'Person', [first, second]),
        entity(IDS.xi, 'Xi Jinping', 'Person', [at('Xi Jinping')]),
      ],
      relations: [{ subject: MARKUP_ID, predicate: 'MET_WITH', object: IDS.xi, confidence: 0.9, evidence: sentence }],
      quotes: [],
    },
  };
}

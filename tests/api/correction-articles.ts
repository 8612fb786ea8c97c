import type { ArticlePost } from '@newsgraph/schema';

/**
 * Two short reports that name one agency two ways ("Office for Cyber Affairs", "Cyber Affairs Office"): the
 * extractor keeps them apart, which is what an analyst merges.
 */
export const CORRECTION_ARTICLES: ArticlePost[] = [
  {
    title: 'Cyber office backs sovereignty',
    publishedAt: '2024-05-01',
    text:
      'Long Zhou, deputy director of the Office for Cyber Affairs, spoke in Beijing on Monday. Zhou said the ' +
      'Cyber Affairs Office supports cyber sovereignty. The Chinese foreign ministry backed him.',
  },
  {
    title: 'Cyber office meets the ministry',
    publishedAt: '2024-05-02',
    text:
      'The Cyber Affairs Office met the Ministry of Foreign Affairs in Beijing. Long Zhou said the office would ' +
      'cooperate with the ministry.',
  },
];

/** The entity ids the extractor gives them, checked by the tests before they correct anything. */
export const CORRECTION_IDS = {
  office: 'org:office-for-cyber-affairs',
  duplicate: 'org:cyber-affairs-office',
  ministry: 'org:ministry-of-foreign-affairs',
  beijing: 'loc:beijing',
} as const;

/**
 * A report naming two Bidens, whose bare "Biden" (the one who met Scholz) the extractor reads as Jill Biden: the
 * mention an analyst splits off into Joe Biden.
 */
export const SPLIT_ARTICLE: ArticlePost = {
  title: 'Talks in Berlin',
  publishedAt: '2024-05-03',
  text:
    'President Joe Biden met Chancellor Olaf Scholz in Berlin on Monday. First Lady Jill Biden visited a school in ' +
    'Ohio on Tuesday. Biden said on Wednesday that the talks with Scholz had gone well.',
};

export const SPLIT_IDS = { joe: 'person:joseph-biden', jill: 'person:jill-biden' } as const;

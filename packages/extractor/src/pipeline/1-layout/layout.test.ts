import { normalise } from './normalise';
import { splitSentences } from '../2-sentences/split-sentences';
import { readLayout } from './read-layout';

const sentencesOf = (text: string): string[] =>
  splitSentences(normalise(text)).sentences.map((s) => text.slice(s.start, s.end));
const kinds = (text: string): [string, string][] =>
  readLayout(text).regions.map((r) => [r.kind, text.slice(r.start, r.end)]);

// a story hard-wrapped at about 65 columns, the way wire copy, e-mail and plain-text exports arrive
const WRAPPED = [
  'The central bank raised its benchmark rate by half a point on Tuesday,',
  'the third increase this year, and said inflation would stay above its',
  'target until the middle of next year.',
  'Governor Elena Marchetti told reporters the bank was ready to act',
  'again if prices kept rising.',
].join('\n');

describe('layout: hard-wrapped paragraphs', () => {
  it('reads a sentence wrapped over three lines as one sentence, sliced from the original text', () => {
    const sentences = sentencesOf(WRAPPED);
    expect(sentences).toHaveLength(2);
    expect(sentences[0]).toBe(WRAPPED.slice(0, WRAPPED.indexOf('Governor') - 1));
    expect(sentences[0]).toContain('\n');
  });

  it('keeps the unwrapped text the same length, with wrapped breaks as spaces', () => {
    const doc = normalise(WRAPPED);
    expect(doc.norm).toHaveLength(WRAPPED.length);
    expect(doc.norm.slice(0, 120)).not.toContain('\n');
    expect(doc.norm).toContain('year.\nGovernor');
  });

  it('turns both characters of a wrapped "\\r\\n" into spaces', () => {
    const text = WRAPPED.replace(/\n/g, '\r\n');
    const doc = normalise(text);
    expect(doc.norm).toHaveLength(text.length);
    expect(doc.norm).toContain('Tuesday,  the third');
    expect(sentencesOf(text)).toHaveLength(2);
  });

  it('ends a paragraph at a blank line, even mid-sentence', () => {
    const text = `${WRAPPED.split('\n').slice(0, 2).join('\n')}\n\nthe bank said in a statement released in the capital on Tuesday.`;
    expect(normalise(text).norm).toContain('its\n\nthe bank');
  });

  it('ends a paragraph at an indented line', () => {
    const text = [
      '    The ministry said exports rose four per cent in the quarter and',
      'imports fell by two per cent, narrowing the trade gap to its lowest',
      'level in three years',
      '    officials said the figures were better than expected by most',
      'private economists polled by the ministry in the last week of June.',
    ].join('\n');
    const norm = normalise(text).norm;
    expect(norm).toContain('quarter and imports');
    expect(norm).toContain('years\n    officials');
  });

  it("ends a paragraph before a bullet, and keeps a bullet's indented continuation", () => {
    const text = [
      'The agreement covers three areas of cooperation between the two',
      'governments over the next five years:',
      '-   joint research on battery storage and grid equipment for the',
      '    northern provinces',
      '-   training for engineers at the national institute',
      '• a review of the tariff schedule by the end of the year',
    ].join('\n');
    const norm = normalise(text).norm;
    expect(norm).toContain('two governments');
    expect(norm).toContain('years:\n-   joint');
    expect(norm).toContain('the     northern');
    expect(norm).toContain('provinces\n-   training');
    expect(norm).toContain('institute\n• a review');
  });

  it('ends a paragraph when a line ends a sentence and the next starts one, but not after an initial', () => {
    const text = [
      'The talks were held in Geneva at the request of the two governments.',
      'Delegates said they would meet again in May, and that President Joseph R.',
      'Biden would attend the closing session of the conference in person.',
    ].join('\n');
    const norm = normalise(text).norm;
    expect(norm).toContain('governments.\nDelegates');
    expect(norm).toContain('Joseph R. Biden');
  });

  it('keeps every line break of a text that is not wrapped, such as one sentence a line', () => {
    const text = "Rain stopped play at Lord's on Friday\nSurrey were 210 for six at the close.\nHussain made 58";
    expect(normalise(text).norm).toBe(text);
  });
});

describe('layout: headlines, datelines and sign-offs', () => {
  const STORY = [
    'SHIPYARD WINS NAVY ORDER FOR SIX FRIGATES',
    '',
    '    GLASGOW, June 4 - The Clydeside shipyard owned by Marine Systems Ltd',
    'said on Thursday it had won an order for six frigates from the Royal Navy.',
    ' Reuter',
  ].join('\n');

  it('finds the headline, the dateline and the sign-off', () => {
    expect(kinds(STORY)).toEqual([
      ['headline', 'SHIPYARD WINS NAVY ORDER FOR SIX FRIGATES'],
      ['dateline', 'GLASGOW, June 4 -'],
      ['signoff', 'Reuter'],
    ]);
  });

  it('makes the headline and the dateline sentences of their own, labelled, never the start of the story', () => {
    const sentences = splitSentences(normalise(STORY)).sentences;
    expect(sentences.map((s) => [s.region ?? 'story', STORY.slice(s.start, s.end)])).toEqual([
      ['headline', 'SHIPYARD WINS NAVY ORDER FOR SIX FRIGATES'],
      ['dateline', 'GLASGOW, June 4 -'],
      [
        'story',
        'The Clydeside shipyard owned by Marine Systems Ltd\nsaid on Thursday it had won an order for six frigates from the Royal Navy.',
      ],
      ['signoff', 'Reuter'],
    ]);
  });

  it('recognises agency datelines, credits, dashed sign-offs and bylines', () => {
    expect(kinds('WASHINGTON (AP) \u2014 The Senate passed the bill late on Friday.')).toEqual([
      ['dateline', 'WASHINGTON (AP) \u2014'],
    ]);
    expect(kinds('TOKYO, Feb 26 - Exports rose in January.')).toEqual([['dateline', 'TOKYO, Feb 26 -']]);
    expect(kinds('London, March 23 (Reuters) - Shares fell.')).toEqual([['dateline', 'London, March 23 (Reuters) -']]);
    expect(kinds('BEIJING -- China said on Monday it would act.')).toEqual([['dateline', 'BEIJING --']]);
    expect(kinds('By MARIA LOPEZ\nThe Senate passed the bill late on Friday.\n-- Reuters')).toEqual([
      ['byline', 'By MARIA LOPEZ'],
      ['signoff', '-- Reuters'],
    ]);
    const credits = 'The Senate passed the bill.\n(Reporting by Ana Silva; Editing by\nTom Brown)';
    expect(kinds(credits)).toEqual([['signoff', '(Reporting by Ana Silva; Editing by\nTom Brown)']]);
  });

  it("reads the place line over a signed order's closing date as a sign-off, and a capitals line elsewhere as before", () => {
    const signed = [
      'The Secretary of Energy shall report on the pilot plants within 90 days.',
      '',
      '                    MARGARET HOLLIS',
      '',
      'THE EXECUTIVE MANSION,  ',
      '    October 9, 2031.',
    ].join('\n');
    expect(kinds(signed)).toContainEqual(['signoff', 'THE EXECUTIVE MANSION,']);
    const unsigned = ['The plants open in spring.', '', 'THE EXECUTIVE MANSION,', 'a museum since 1990, is shut.'].join(
      '\n',
    );
    expect(kinds(unsigned).some(([kind]) => kind === 'signoff')).toBe(false);
  });

  it('does not take an ordinary opening sentence for a title or a dateline', () => {
    expect(kinds('The Senate passed the bill late on Friday after a long debate.\nIt now goes to the House.')).toEqual(
      [],
    );
    expect(kinds('Officials in London said the deal was close - but not yet done.')).toEqual([]);
    expect(kinds('AIDS - the disease that killed millions - is now treatable.')).toEqual([]);
  });
});

import { ReportQuerySchema, type RelationSupport } from '@newsgraph/schema';
import { html, linkable, md } from './escape';
import { rebuildQuery, type ReportData } from './gather';
import { reportHtml } from './html';
import { ringLayout } from './layout';
import { reportMarkdown } from './markdown';

const relation = (n: number, subject: string, object: string): RelationSupport => ({
  key: `org:${n}|MET_WITH|org:${n + 1}`,
  subject: { id: `org:${n}`, name: subject, type: 'Organization' },
  predicate: 'MET_WITH',
  object: { id: `org:${n + 1}`, name: object, type: 'Organization' },
  sentenceCount: 3,
  articleCount: 2,
  outlets: ['Outlet & Sons'],
  confidence: 0.875,
  titles: [],
  firstSeen: '2024-04-02',
  lastSeen: '2024-05-01',
  evidence: [
    {
      articleId: 'a1',
      text: 'They met <b>twice</b>.',
      title: 'Talks',
      publisher: 'Outlet & Sons',
      source: null,
      publishedAt: '2024-04-02T10:00:00Z',
      url: 'https://example.org/a?b=1&c=2',
    },
  ],
  evidenceCount: 3,
});

function data(cards: RelationSupport[]): ReportData {
  const query = ReportQuerySchema.parse({ focus: 'org:1', since: '2024-04' });
  const node = (id: string, label: string) => ({
    data: { id, label, type: 'Organization' as const, mentionCount: 1, articleCount: 1, focus: id === 'org:1' },
  });
  return {
    query,
    rebuild: rebuildQuery(query),
    generatedAt: '2026-01-01T00:00:00.000Z',
    nodes: [node('org:1', 'One'), node('org:2', 'Two <2>')],
    edges: [],
    truncated: false,
    cards,
    cardsLeftOut: 0,
    paths: undefined,
  };
}

describe('the evidence pack writers', () => {
  it('escape markup in HTML text and attributes, and link only http(s) URLs', () => {
    expect(html(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(linkable('https://example.org/x')).toBe('https://example.org/x');
    expect(linkable('javascript:alert(1)')).toBeUndefined();
    expect(linkable('https://example.org/"onmouseover=x')).toBeUndefined();
    expect(linkable(null)).toBeUndefined();
    expect(md('a *b* [c](d)\n<e> & `f`')).toBe('a \\*b\\* \\[c\\]\\(d\\) \\<e\\> \\& \\`f\\`');
  });

  it('write a card with the fact, counts, confidence, each sentence and its source', () => {
    const page = reportHtml(data([relation(1, 'One', 'Two <2>')]));
    expect(page).toContain('<h3>1. <strong>One</strong> met with <strong>Two &lt;2&gt;</strong></h3>');
    expect(page).toContain('2 articles, 1 outlet (Outlet &amp; Sons), 3 sentences; confidence 88%');
    expect(page).toContain('<blockquote>“They met &lt;b&gt;twice&lt;/b&gt;.”</blockquote>');
    expect(page).toContain(
      '<cite>Talks</cite>, Outlet &amp; Sons, 2024-04-02, <a href="https://example.org/a?b=1&amp;c=2">https://example.org/a?b=1&amp;c=2</a>',
    );
    expect(page).toContain('2 more sentences not quoted');
    expect(page).toContain('GET /api/report?since=2024-04&amp;focus=org%3A1&amp;depth=1');
    const text = reportMarkdown(data([relation(1, 'One', 'Two <2>')]));
    expect(text).toContain('### <a id="card-1"></a>1\\. **One** met with **Two \\<2\\>**');
    expect(text).toContain(
      '1. “They met \\<b\\>twice\\</b\\>.”  \n   *Talks*, Outlet \\& Sons, 2024-04-02, <https://example.org/a?b=1&c=2>',
    );
  });

  it('states a post the articles name as the fact itself', () => {
    const post = {
      ...relation(1, 'Joe Biden', 'United States'),
      predicate: 'HOLDS_POSITION' as const,
      titles: ['President'],
    };
    expect(reportHtml(data([post]))).toContain(
      '<strong>Joe Biden</strong> is President of <strong>United States</strong>',
    );
  });

  it('says so when a view has no relation', () => {
    expect(reportHtml(data([]))).toContain('<p>No relation in this view.</p>');
    expect(reportMarkdown(data([]))).toContain('No relation in this view.');
  });

  it('lays entities on rings by hop distance from the root, the unlinked on an outer ring', () => {
    const at = ringLayout(
      ['r', 'a', 'b', 'c', 'x'],
      [
        ['r', 'a'],
        ['b', 'r'],
        ['a', 'c'],
      ],
      'r',
      300,
    );
    const distance = (id: string) => Math.round(Math.hypot(at.get(id)?.x ?? NaN, at.get(id)?.y ?? NaN));
    expect(['r', 'a', 'b', 'c', 'x'].map(distance)).toEqual([0, 100, 100, 200, 300]);
  });
});

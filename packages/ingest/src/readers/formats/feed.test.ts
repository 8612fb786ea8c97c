import { expectedFor, readFixture } from '../../../tests/format-fixtures';
import { readBytes } from '../read-bytes';
import { readFeed } from './feed';

describe('RSS and Atom reader', () => {
  it('turns each RSS item into an article (content:encoded over description, HTML stripped, dc:creator or author name)', () => {
    expect(readFixture('feed.rss')).toEqual(expectedFor('feed.rss'));
  });

  it('reads an Atom feed saved as .xml (alternate link, entry or feed author, published or updated)', () => {
    expect(readFixture('feed.xml')).toEqual(expectedFor('feed.xml'));
  });

  it('reads RSS 1.0 (RDF) items', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
      <channel><title>Old Feed</title></channel>
      <item><title>One</title><link>https://o.example.org/1</link><description>Parliament met in Rome.</description></item></rdf:RDF>`;
    expect(readFeed(rdf, 'f.rdf')).toEqual([
      {
        ok: true,
        where: 'f.rdf[0]',
        article: {
          title: 'One',
          url: 'https://o.example.org/1',
          text: 'Parliament met in Rome.',
          publisher: 'Old Feed',
          source: 'Old Feed',
        },
      },
    ]);
  });

  it('reports malformed XML, a feed without items and XML that is no feed', () => {
    expect(readFixture('malformed-feed.xml')).toEqual([
      {
        ok: false,
        where: 'malformed-feed.xml',
        error: expect.stringMatching(/^malformed feed XML: unclosed elements rss > channel > item > description/),
      },
    ]);
    expect(readFixture('empty-feed.rss')).toEqual([{ ok: false, where: 'empty-feed.rss', error: 'feed has no items' }]);
    expect(
      readBytes(Buffer.from('<?xml version="1.0"?><catalog><book/></catalog>'), { where: 'c.xml', name: 'c.xml' }),
    ).toEqual([
      { ok: false, where: 'c.xml', error: expect.stringContaining('not an RSS or Atom feed (root element: catalog)') },
    ]);
  });

  it('reports an item without text but keeps its siblings', () => {
    const rss =
      '<rss><channel><title>T</title><item><title>Empty</title></item><item><description>Text here.</description></item></channel></rss>';
    expect(readFeed(rss, 'r').map((r) => r.ok)).toEqual([false, true]);
  });
});

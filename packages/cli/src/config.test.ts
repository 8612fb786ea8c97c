import { loadConfig } from './config';

describe('the write and safety settings', () => {
  it('default to a 1 MB body, 200 000 characters, 30 writes and 60 queries a minute, no CORS, 200 cached reads', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      readCacheEntries: 200,
      readMirror: true,
      apiToken: undefined,
      bodyLimit: '1mb',
      maxArticleChars: 200_000,
      rateLimits: { writesPerMinute: 30, cypherPerMinute: 60 },
      corsOrigins: undefined,
    });
  });

  it('reads each from its variable', () => {
    const config = loadConfig({
      NEWSGRAPH_API_TOKEN: 'a-token-of-some-length',
      NEWSGRAPH_BODY_LIMIT: '256kb',
      NEWSGRAPH_MAX_ARTICLE_CHARS: '50000',
      NEWSGRAPH_RATE_LIMIT_WRITES: '0',
      NEWSGRAPH_RATE_LIMIT_CYPHER: '5',
      NEWSGRAPH_CORS_ORIGINS: 'https://analyst.example, http://localhost:5173',
      NEWSGRAPH_READ_CACHE: '0',
      NEWSGRAPH_READ_MIRROR: '0',
    });
    expect(config).toMatchObject({
      readCacheEntries: 0,
      readMirror: false,
      apiToken: 'a-token-of-some-length',
      bodyLimit: '256kb',
      maxArticleChars: 50_000,
      rateLimits: { writesPerMinute: 0, cypherPerMinute: 5 },
      corsOrigins: ['https://analyst.example', 'http://localhost:5173'],
    });
  });

  it.each([
    ['NEWSGRAPH_BODY_LIMIT', 'lots'],
    ['NEWSGRAPH_MAX_ARTICLE_CHARS', '0'],
    ['NEWSGRAPH_RATE_LIMIT_WRITES', '-1'],
    ['NEWSGRAPH_RATE_LIMIT_CYPHER', 'many'],
    ['NEWSGRAPH_CORS_ORIGINS', 'https://analyst.example/path'],
    ['NEWSGRAPH_READ_CACHE', '-5'],
  ])('refuses a bad %s naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });
});

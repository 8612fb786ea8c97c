import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateApiToken, TOKEN_FILE, tokenDigest, tokenMatches } from './api-token';

describe('the API token', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-token-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is generated once, kept readable by its owner only, and the same at the next start', () => {
    const data = join(dir, 'data');
    const first = loadOrCreateApiToken(data, undefined);
    expect(first.source).toBe('generated');
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const path = join(data, TOKEN_FILE);
    expect(first.path).toBe(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe(`${first.token}\n`);

    const second = loadOrCreateApiToken(data, undefined);
    expect(second).toEqual({ token: first.token, source: 'file', path });
    expect(loadOrCreateApiToken(join(dir, 'other'), undefined).token).not.toBe(first.token);
  });

  it('takes NEWSGRAPH_API_TOKEN over the file, and refuses a short one naming the variable', () => {
    loadOrCreateApiToken(dir, undefined);
    expect(loadOrCreateApiToken(dir, ' from-the-environment-1234 ')).toEqual({
      token: 'from-the-environment-1234',
      source: 'env',
    });
    expect(() => loadOrCreateApiToken(dir, 'secret')).toThrow(
      'NEWSGRAPH_API_TOKEN must be at least 16 characters without spaces',
    );
  });

  it('narrows a token file others can read, and refuses an empty one', () => {
    const path = join(dir, TOKEN_FILE);
    writeFileSync(path, 'kept-by-hand-0123456789\n');
    chmodSync(path, 0o644);
    expect(loadOrCreateApiToken(dir, undefined)).toMatchObject({ token: 'kept-by-hand-0123456789', source: 'file' });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    writeFileSync(path, '\n');
    expect(() => loadOrCreateApiToken(dir, undefined)).toThrow(/delete it to generate a new token/);
  });

  it('matches the token alone, whatever the length of what was sent', () => {
    const expected = tokenDigest('the-right-token-123456');
    expect(tokenMatches(expected, 'the-right-token-123456')).toBe(true);
    for (const wrong of ['', 'the-right-token-12345', 'the-right-token-1234567', 'THE-RIGHT-TOKEN-123456']) {
      expect(tokenMatches(expected, wrong)).toBe(false);
    }
  });
});

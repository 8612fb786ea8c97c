import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NewsgraphError } from '@newsgraph/schema';

/** The file in the data directory that keeps a generated token across restarts. */
export const TOKEN_FILE = 'api-token';

/** Fewer characters than this are guessable; a generated token has 43 (32 random bytes, base64url). */
export const MIN_TOKEN_LENGTH = 16;

/** Where the token came from: the environment, the data directory, or freshly made (to be shown once). */
export interface ApiToken {
  token: string;
  source: 'env' | 'file' | 'generated';
  /** The token file, for `file` and `generated`. */
  path?: string | undefined;
}

/**
 * NEWSGRAPH_API_TOKEN when set; else the one kept in the data directory; else a new random one, written there
 * readable by its owner only, so that a fresh install is never open to writes.
 */
export function loadOrCreateApiToken(dataDir: string, fromEnv: string | undefined): ApiToken {
  if (fromEnv !== undefined) return { token: checked(fromEnv.trim(), 'NEWSGRAPH_API_TOKEN'), source: 'env' };
  const path = join(dataDir, TOKEN_FILE);
  const existing = readTokenFile(path);
  if (existing !== undefined) return { token: existing, source: 'file', path };
  mkdirSync(dataDir, { recursive: true });
  const token = randomBytes(32).toString('base64url');
  try {
    // 'wx' fails when another process created the file first; then its token is the one to use.
    writeFileSync(path, `${token}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const raced = readTokenFile(path);
    if (raced === undefined) throw new NewsgraphError('INTERNAL', `the token file ${path} vanished while being made`);
    return { token: raced, source: 'file', path };
  }
  return { token, source: 'generated', path };
}

function readTokenFile(path: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  // A token file others can read is a leaked token in waiting: narrow it rather than refuse to start.
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  return checked(text.trim(), `the token file ${path} (delete it to generate a new token)`);
}

function checked(token: string, what: string): string {
  if (token.length < MIN_TOKEN_LENGTH || /\s/.test(token)) {
    throw new NewsgraphError('BAD_INPUT', `${what} must be at least ${MIN_TOKEN_LENGTH} characters without spaces`);
  }
  return token;
}

/** SHA-256 of a token: equal-length digests let the comparison take the same time whatever was sent. */
export function tokenDigest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** True when `given` is the token whose digest is `expected`, compared in constant time. */
export function tokenMatches(expected: Buffer, given: string): boolean {
  return timingSafeEqual(expected, tokenDigest(given));
}

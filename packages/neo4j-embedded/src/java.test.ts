import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findJava, parseMajor } from './java';

describe('parseMajor', () => {
  it('reads modern and legacy version strings', () => {
    expect(parseMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseMajor('nonsense')).toBeUndefined();
  });
});

describe('findJava', () => {
  it('passes over a JAVA_HOME whose Java Neo4j 5.26 cannot run on', () => {
    const home = mkdtempSync(join(tmpdir(), 'fake-jdk-'));
    try {
      mkdirSync(join(home, 'bin'));
      const fake = join(home, 'bin', 'java');
      writeFileSync(fake, '#!/bin/sh\necho \'openjdk version "25" 2025-09-16\' >&2\n');
      chmodSync(fake, 0o755);
      const chosen = findJava({ ...process.env, JAVA_HOME: home });
      expect(chosen).not.toBe(fake);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

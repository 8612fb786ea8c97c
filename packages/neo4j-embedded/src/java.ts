import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EmbeddedNeo4jError } from './errors';

const SUPPORTED_MAJORS = [17, 21];

/** Finds a Java 17 or 21 (the only ones Neo4j 5.26 supports), even when another JDK is the default. */
export function findJava(env: NodeJS.ProcessEnv = process.env): string {
  const candidates: string[] = [];
  if (env['JAVA_HOME']) candidates.push(join(env['JAVA_HOME'], 'bin', 'java'));
  for (const root of ['/usr/lib/jvm', '/usr/local/opt', '/opt/java']) {
    if (!existsSync(root)) continue;
    for (const entry of readdirSync(root).sort()) candidates.push(join(root, entry, 'bin', 'java'));
  }
  candidates.push('java');
  const tried: string[] = [];
  for (const candidate of candidates) {
    if (candidate !== 'java' && !existsSync(candidate)) continue;
    const major = javaMajorVersion(candidate);
    tried.push(`${candidate} (${major ?? 'not runnable'})`);
    if (major !== undefined && SUPPORTED_MAJORS.includes(major)) return candidate;
  }
  throw new EmbeddedNeo4jError(
    'JAVA_MISSING',
    `Neo4j 5.26 needs Java 17 or 21, and none was found (tried: ${tried.join(', ') || 'nothing'}). ` +
      'Install OpenJDK 17 (e.g. `apt-get install openjdk-17-jdk-headless`) or set JAVA_HOME to one.',
  );
}

/** The JDK's javac beside a java binary, needed once to compile the launcher. */
export function javacBeside(java: string): string {
  if (java === 'java') return 'javac';
  const javac = java.replace(/java$/, 'javac');
  return existsSync(javac) ? javac : 'javac';
}

function javaMajorVersion(java: string): number | undefined {
  // `java -version` prints to stderr.
  const result = spawnSync(java, ['-version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error) return undefined;
  return parseMajor(`${result.stdout}${result.stderr}`);
}

/** Reads the major version from `java -version` output ("17.0.15", or "1.8.0" for old JDKs). */
export function parseMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { EmbeddedNeo4jError } from './errors';
import { javacBeside } from './java';

const JAVA_DIR = join(__dirname, '..', 'java');
const TARGET_DIR = join(JAVA_DIR, 'target');
const CLASSPATH_FILE = join(TARGET_DIR, 'classpath.txt');
const CLASSES_DIR = join(TARGET_DIR, 'classes');
const LAUNCHER_SOURCE = join(JAVA_DIR, 'src', 'main', 'java', 'dev', 'newsgraph', 'neo4j', 'Launcher.java');
const LAUNCHER_CLASS = join(CLASSES_DIR, 'dev', 'newsgraph', 'neo4j', 'Launcher.class');

export const LAUNCHER_MAIN_CLASS = 'dev.newsgraph.neo4j.Launcher';

/**
 * The launcher's classpath: Neo4j's jars resolved by Maven once (the only step that uses the network),
 * then cached with the compiled launcher so later starts are offline.
 */
export function ensureLauncherClasspath(java: string, log: (line: string) => void = () => {}): string {
  if (!cachedJarsPresent()) {
    log('resolving Neo4j Community 5.26 from Maven Central (first start only)…');
    runMaven();
  }
  const jars = readFileSync(CLASSPATH_FILE, 'utf8').trim();
  if (!existsSync(LAUNCHER_CLASS) || statSync(LAUNCHER_CLASS).mtimeMs < statSync(LAUNCHER_SOURCE).mtimeMs) {
    compileLauncher(java, jars);
  }
  return [CLASSES_DIR, jars].join(delimiter);
}

function cachedJarsPresent(): boolean {
  if (!existsSync(CLASSPATH_FILE)) return false;
  const jars = readFileSync(CLASSPATH_FILE, 'utf8').trim().split(delimiter).filter(Boolean);
  return jars.length > 0 && jars.every((jar) => existsSync(jar));
}

function runMaven(): void {
  mkdirSync(TARGET_DIR, { recursive: true });
  try {
    execFileSync(
      'mvn',
      [
        '-q',
        '-B',
        '-f',
        join(JAVA_DIR, 'pom.xml'),
        'dependency:build-classpath',
        `-Dmdep.outputFile=${CLASSPATH_FILE}`,
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
      },
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new EmbeddedNeo4jError(
        'MAVEN_MISSING',
        'Maven (`mvn`) is needed once to fetch Neo4j Community 5.26 from Maven Central; install it (e.g. `apt-get install maven`) or set NEO4J_URI to an existing Neo4j.',
        { cause: error },
      );
    }
    const output = `${(error as { stdout?: string }).stdout ?? ''}${(error as { stderr?: string }).stderr ?? ''}`;
    throw new EmbeddedNeo4jError(
      'RESOLVE_FAILED',
      `Maven could not resolve org.neo4j:neo4j:5.26: ${output.slice(-2000)}`,
      { cause: error },
    );
  }
}

function compileLauncher(java: string, jars: string): void {
  mkdirSync(CLASSES_DIR, { recursive: true });
  try {
    execFileSync(javacBeside(java), ['--release', '17', '-cp', jars, '-d', CLASSES_DIR, LAUNCHER_SOURCE], {
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new EmbeddedNeo4jError(
      'START_FAILED',
      `could not compile the Neo4j launcher (is a JDK, not only a JRE, installed?): ${stderr}`,
      {
        cause: error,
      },
    );
  }
}

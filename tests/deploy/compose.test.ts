import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const ROOT = join(__dirname, '..', '..');

interface Service {
  image?: string;
  build?: { context: string } | string;
  environment?: Record<string, string>;
  ports?: (string | { host_ip?: string; published: string | number; target: number; protocol?: string })[];
  volumes?: (string | { source: string; target: string })[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

/** The file as docker-compose resolves it (no engine needed), parsed: what `docker compose up` would run. */
const config = parse(
  execFileSync('docker-compose', ['-f', join(ROOT, 'docker-compose.yml'), 'config'], { encoding: 'utf8' }),
) as { services: Record<string, Service>; volumes: Record<string, unknown> };

// docker-compose 1.x prints short forms ("127.0.0.1:7687:7687/tcp"), 2.x long ones: both read as one shape
const port = (p: NonNullable<Service['ports']>[number]): string =>
  typeof p === 'string'
    ? p.replace(/\/tcp$/, '')
    : `${p.host_ip ? `${p.host_ip}:` : ''}${String(p.published)}:${p.target}`;
const volume = (v: NonNullable<Service['volumes']>[number]): string =>
  typeof v === 'string' ? v.replace(/:rw$/, '') : `${v.source}:${v.target}`;

describe('docker-compose.yml, as docker-compose reads it', () => {
  const { neo4j, app } = config.services;

  it('has exactly the neo4j and app services and the named data volume', () => {
    expect(Object.keys(config.services).sort()).toEqual(['app', 'neo4j']);
    expect(Object.keys(config.volumes)).toEqual(['neo4j-data']);
  });

  it('runs Neo4j 5.26 Community without auth, on localhost only, its data in the volume, with a health check', () => {
    expect(neo4j?.image).toBe('neo4j:5.26-community');
    expect(neo4j?.environment?.['NEO4J_AUTH']).toBe('none');
    expect(neo4j?.ports?.map(port)).toEqual(['127.0.0.1:7687:7687']);
    expect(neo4j?.volumes?.map(volume)).toEqual(['neo4j-data:/data']);
    expect(neo4j?.healthcheck?.test).toEqual(['CMD-SHELL', "cypher-shell 'RETURN 1' || exit 1"]);
  });

  it('builds the app from this repository, points it at the neo4j service and starts it once Neo4j is healthy', () => {
    const context = typeof app?.build === 'string' ? app.build : app?.build?.context;
    expect(context).toBe(ROOT);
    expect(app?.environment).toEqual({ NEO4J_URI: 'bolt://neo4j:7687', HOST: '0.0.0.0', PORT: '3000' });
    expect(app?.ports?.map(port)).toEqual(['127.0.0.1:3000:3000']);
    expect(app?.depends_on?.['neo4j']).toMatchObject({ condition: 'service_healthy' });
    expect(readFileSync(join(ROOT, 'Dockerfile'), 'utf8')).toMatch(/^CMD \["pnpm", "start"\]$/m);
  });
});

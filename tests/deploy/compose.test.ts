import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

describe('docker-compose.yml', () => {
  it('validates with docker-compose (no engine needed to check the file)', () => {
    expect(() =>
      execFileSync('docker-compose', ['-f', join(ROOT, 'docker-compose.yml'), 'config', '-q'], { stdio: 'pipe' }),
    ).not.toThrow();
  });

  it('runs Neo4j 5.26 Community with a volume and a health check, and points the app at it', () => {
    const config = execFileSync('docker-compose', ['-f', join(ROOT, 'docker-compose.yml'), 'config'], {
      encoding: 'utf8',
    });
    expect(config).toContain('image: neo4j:5.26-community');
    expect(config).toMatch(/healthcheck:/);
    expect(config).toMatch(/NEO4J_URI: bolt:\/\/neo4j:7687/);
    expect(config).toMatch(/neo4j-data/);
    expect(readFileSync(join(ROOT, 'Dockerfile'), 'utf8')).toMatch(/CMD \["pnpm", "start"\]/);
  });
});
